// send()'s callback runs once the message is written; it comes after the current tick queue.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.once('message', (m) => {
    console.log('child got', m);
    process.disconnect();
  });
} else {
  const child = fork(__filename, ['child']);
  const ok = child.send('hello', (err) => console.log('send callback', err));
  console.log('send returned', ok);
  process.nextTick(() => console.log('nextTick'));
  child.on('exit', (code) => console.log('exit', code));
}
