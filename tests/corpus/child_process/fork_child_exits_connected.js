// A child that exits with its channel open: the parent reads the channel's end ('disconnect')
// and notices the exit; 'close' comes after both.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send('last words');
  setTimeout(() => process.exit(3), 20);
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => console.log('message', m));
  child.on('disconnect', () => console.log('disconnect'));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code, signal) => console.log('close', code, signal));
}
