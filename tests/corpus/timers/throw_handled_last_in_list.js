// The timer that throws is the last of its list: the next list is a new list for Node's
// processTimers, so the ticks drain before it.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setTimeout(() => {
  console.log('2 ms timer');
  process.nextTick(() => console.log('tick'));
  throw new Error('oops');
}, 2);
setTimeout(() => console.log('3 ms timer'), 3);
const start = Date.now();
while (Date.now() - start < 10);
