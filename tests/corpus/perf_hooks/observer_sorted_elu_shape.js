const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
const elu1 = performance.eventLoopUtilization();
console.log(Object.keys(elu1), typeof elu1.idle);
const elu2 = performance.eventLoopUtilization(elu1);
console.log(Object.keys(elu2));
console.log(typeof performance.eventLoopUtilization(elu1, elu2).utilization);
const obs = new PerformanceObserver((items) => {
  for (const e of items.getEntries()) console.log(e.name, e.entryType);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('A');
performance.mark('B');
performance.measure('A to B', 'A', 'B');
const h = createHistogram();
h.record(5);
console.log(`${h.percentiles.get(100)}`, h.percentiles.size, [...h.percentiles.keys()]);
console.log(require('util').inspect(h, { compact: true, breakLength: Infinity }));
console.log(h.toJSON().percentiles);
