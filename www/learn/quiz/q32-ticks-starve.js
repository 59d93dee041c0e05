setTimeout(() => console.log('timeout'), 0);
let n = 0;
function tick() {
  n += 1;
  if (n < 1000) process.nextTick(tick);
  else console.log('1000 ticks done');
}
process.nextTick(tick);
