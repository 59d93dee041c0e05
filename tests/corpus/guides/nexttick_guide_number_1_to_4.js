// Old "Understanding process.nextTick()" example (copied by many tutorials) claims the order 1, 2, 3, 4.
// Really, 1 and 2 are fixed but 3 (immediate) and 4 (timeout) race when scheduled from the main module.
console.log('Hello => number 1');

setImmediate(() => {
  console.log('Running before the timeout => number 3');
});

setTimeout(() => {
  console.log('The timeout running last => number 4');
}, 0);

process.nextTick(() => {
  console.log('Running at next tick => number 2');
});
