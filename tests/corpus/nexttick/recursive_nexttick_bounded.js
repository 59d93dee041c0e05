// A recursive nextTick bounded by a counter runs fully before any promise callback or immediate.
let count = 0;
function again() {
  count++;
  if (count < 100) process.nextTick(again);
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise sees', count));
setImmediate(() => console.log('immediate sees', count));
