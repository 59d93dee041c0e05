// process.exit inside a timer: pending immediates, ticks and promises never run.
setTimeout(() => {
  process.nextTick(() => console.log('tick (never)'));
  Promise.resolve().then(() => console.log('micro (never)'));
  setImmediate(() => console.log('immediate (never)'));
  console.log('exiting');
  process.exit(2);
}, 1);
process.on('exit', (c) => console.log('exit', c));
