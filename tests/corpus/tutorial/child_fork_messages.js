const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_sw_fork_child.js'));
child.on('message', (m) => {
  console.log('parent got', m);
  if (m === 'ready') child.send('ping');
  else child.disconnect();
});
child.on('exit', (code) => console.log('child exit', code));
