// A nextTick that queues another nextTick keeps the loop from moving on: the timer,
// although due, waits until the chain ends (here, after 10000 ticks).
setTimeout(() => console.log('timer finally runs'), 0);

let ticks = 0;
function again() {
  ticks += 1;
  if (ticks < 10000) process.nextTick(again);
  else console.log(`chain of ${ticks} ticks ends`);
}
process.nextTick(again);
