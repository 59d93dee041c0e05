// Recursive process.nextTick starves the event loop: the timer waits until the tick
// queue is finally empty (here after 1000 ticks; unbounded, it would never run).
let ticks = 0;
setTimeout(() => console.log(`timer ran after ${ticks} ticks`), 0);
function tick() {
  ticks++;
  if (ticks < 1000) process.nextTick(tick);
}
process.nextTick(tick);
console.log("scheduled the first tick");
