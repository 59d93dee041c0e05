// A timeout refreshed from a nextTick after its callback (already destroyed) runs again.
let n = 0;
const r = setTimeout(function () {
  console.log('run', ++n);
  if (n < 3) process.nextTick(() => r.refresh());
}, 3);
