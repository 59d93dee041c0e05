// Messages that arrive before any 'message' listener wait for one (kPendingMessages).
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send({ n: 1 });
  process.send({ n: 2 });
  setTimeout(() => process.exit(0), 200);
} else {
  const child = fork(__filename, ['child']);
  setTimeout(() => {
    console.log('listening now');
    child.on('message', (m) => console.log('got', m));
  }, 100);
  child.on('exit', (code) => console.log('exit', code));
}
