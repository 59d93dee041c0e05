// setInterval repeats until cleared; each run is one callback of the timers phase.
let count = 0;
const id = setInterval(() => {
  count++;
  console.log(`interval ${count}`);
  if (count === 3) {
    clearInterval(id);
    console.log("cleared");
  }
}, 100);
setTimeout(() => console.log("timeout at 250 ms"), 250);
