// monitorEventLoopDelay samples how late a repeating timer runs, in nanoseconds. The values
// depend on the machine, so this prints only shapes and relations.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const eld = monitorEventLoopDelay({ resolution: 10 });
console.log(eld.enable(), eld.enable());
function busy(ms) { const end = Date.now() + ms; while (Date.now() < end); }
setTimeout(() => busy(25), 5);
setTimeout(() => {
  console.log(eld.disable(), eld.disable());
  console.log(eld.count > 0, eld.min >= 1e6, eld.max >= eld.min);
  console.log(typeof eld.mean, typeof eld.stddev, eld.exceeds, eld.percentiles.size > 0);
  console.log(eld.percentile(50) >= eld.min, eld.percentile(100) === eld.max);
  eld.reset();
  console.log(eld.count, eld.min, eld.max, eld.mean);
}, 150);
