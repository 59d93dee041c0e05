const { performance, PerformanceObserver } = require('node:perf_hooks');
function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
const timed = performance.timerify(work);
console.log(timed.name, timed.length, timed(10));
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) console.log('entry', e.entryType, e.name, typeof e.duration, e.detail);
  obs.disconnect();
});
obs.observe({ type: 'function' });
timed(5);
console.log('sync end');
