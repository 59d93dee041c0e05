// Ticks and promises queued by an interval run before its next run.
let n = 0;
const i = setInterval(() => {
  n++;
  console.log('interval', n);
  process.nextTick(() => console.log('  tick', n));
  Promise.resolve().then(() => console.log('  promise', n));
  if (n === 2) clearInterval(i);
}, 5);
