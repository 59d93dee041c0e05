// The child's own process.pid is the pid its parent sees; its ppid is the parent's pid.
const { fork } = require('child_process');
const child = fork('./_child_pid.js');
child.on('message', ({ pid, ppid }) => {
  console.log('pid matches:', pid === child.pid);
  console.log('ppid matches:', ppid === process.pid);
  console.log('different processes:', pid !== process.pid);
});
