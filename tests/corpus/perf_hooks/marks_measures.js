const { performance, PerformanceObserver } = require('perf_hooks');
console.log(performance === globalThis.performance, typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
const m = performance.mark('start', { detail: { step: 1 } });
console.log(m.name, m.entryType, m.duration, m.detail, m instanceof PerformanceMark, Object.keys(m));
setTimeout(() => {
  performance.mark('end');
  const measure = performance.measure('wait', 'start', 'end');
  console.log(measure.name, measure.entryType, measure.duration > 45, measure.detail);
  console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('wait').length);
  performance.clearMarks('start');
  console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
  try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.message); }
}, 50);
const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`));
  observer.disconnect();
});
obs.observe({ entryTypes: ['measure'] });
