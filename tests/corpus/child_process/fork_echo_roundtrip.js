// Parent and child take turns: each reply is sent from the other's 'message' listener.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (n) => {
    if (n >= 3) { process.disconnect(); return; }
    process.send(n + 1);
  });
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (n) => {
    console.log('parent got', n);
    child.send(n + 1);
  });
  child.send(0);
  child.on('exit', (code) => console.log('child exited', code));
}
