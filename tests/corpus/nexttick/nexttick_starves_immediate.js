// A long (bounded) nextTick recursion holds back an immediate until it finishes.
let n = 0;
setImmediate(() => console.log('immediate after', n, 'ticks'));
function tick() {
  if (++n < 1000) process.nextTick(tick);
}
process.nextTick(tick);
