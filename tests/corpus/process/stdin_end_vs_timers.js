// Where stdin's data and end come against timers, immediates, ticks and promises.
console.log('main start');
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate 1'));
process.stdin.on('data', (d) => {
  console.log('data', d.length);
  process.nextTick(() => console.log('tick after data'));
  Promise.resolve().then(() => console.log('promise after data'));
  setImmediate(() => console.log('immediate from data'));
  setTimeout(() => console.log('timeout from data'), 0);
});
process.stdin.on('end', () => {
  console.log('end');
  setImmediate(() => console.log('immediate from end'));
});
process.stdin.on('close', () => console.log('close'));
setTimeout(() => console.log('timeout 20'), 20);
process.nextTick(() => console.log('main tick'));
console.log('main end');
