// process is an EventEmitter: 'beforeExit' fires when the loop is empty (and may add
// work), 'exit' fires once, when the process is about to end (synchronous code only).
process.on('beforeExit', (code) => console.log('beforeExit, code', code));
process.on('exit', (code) => {
  console.log('exit, code', code);
  setTimeout(() => console.log('never printed: the loop is over'), 0);
});
process.exitCode = 3;
console.log('main script ends');
