// Two messages sent back to back may be read in one chunk (both emitted before either's
// nextTick) or in two.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send('a');
  process.send('b');
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => {
    console.log('message', m);
    process.nextTick(() => console.log('tick after', m));
  });
  child.on('exit', (code) => console.log('exit', code));
}
