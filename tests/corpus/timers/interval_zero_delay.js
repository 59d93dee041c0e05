// setInterval with delay 0 repeats (as 1ms); nextTicks queued by each run happen right after that run.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  process.nextTick(() => console.log('  tick after run', n));
  if (n === 3) clearInterval(iv);
}, 0);
