// process.exit() inside a promise callback stops the drain at once.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => {
  console.log('first then');
  process.exit();
}).then(() => console.log('never'));
process.nextTick(() => console.log('tick before'));
