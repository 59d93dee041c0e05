// kill(0) only tests the process (and marks it killed); a number names the signal.
const { spawn } = require('child_process');
const child = spawn('sleep', ['10']);
console.log('kill(0):', child.kill(0), 'killed:', child.killed);
setTimeout(() => console.log('kill(9):', child.kill(9)), 5);
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  console.log('after exit, kill():', child.kill());
});
