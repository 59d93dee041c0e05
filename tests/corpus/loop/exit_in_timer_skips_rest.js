// process.exit() inside a timer: 'exit' listeners run, nothing else does.
process.on('exit', (code) => console.log('exit', code));
process.on('beforeExit', () => console.log('never: beforeExit'));
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => console.log('never: tick'));
  process.exit(5);
}, 5);
setTimeout(() => console.log('never: later timer'), 5);
