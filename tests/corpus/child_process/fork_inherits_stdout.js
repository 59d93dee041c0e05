// A forked child writes to the same stdout as its parent (stdio: 'inherit').
const { fork } = require('child_process');
const child = fork('./_child_exit.js', ['0']);
child.on('exit', () => {
  const again = fork('./_child_print.js');
  again.on('exit', (code) => console.log('second child exited', code));
});
