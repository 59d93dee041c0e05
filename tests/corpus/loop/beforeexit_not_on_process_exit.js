// process.exit() skips 'beforeExit' but still emits 'exit'.
process.on('beforeExit', () => console.log('beforeExit (never)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('calling process.exit()');
  process.exit();
}, 1);
