// Without an 'uncaughtException' listener, a throwing timer ends the process: the timers
// after it never run, but 'exit' listeners do.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('first'), 1);
setTimeout(() => {
  console.log('second throws');
  throw new Error('fatal');
}, 1);
setTimeout(() => console.log('third'), 1);
const start = Date.now();
while (Date.now() - start < 5);
