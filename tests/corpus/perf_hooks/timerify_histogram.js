const { performance, createHistogram, PerformanceObserver } = require('perf_hooks');
const h = createHistogram();
function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
const t = performance.timerify(work, { histogram: h });
console.log(t.name, t.length, t(10), t(100));
console.log(h.count, h.min > 0, h.max >= h.min);
for (const bad of [{}, 5, createHistogram]) {
  try { performance.timerify(work, { histogram: bad }); } catch (e) { console.log(e.code, e.message); }
}
try { performance.timerify(work, 5); } catch (e) { console.log(e.code, e.message); }
const obs = new PerformanceObserver((list, o) => {
  for (const e of list.getEntries()) console.log(e.name, e.entryType, typeof e.duration, e.detail);
  o.disconnect();
});
obs.observe({ entryTypes: ['function'] });
t(3);
