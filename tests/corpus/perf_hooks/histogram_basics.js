// A recordable histogram of latencies in microseconds, as a benchmark would keep one.
const { createHistogram } = require('node:perf_hooks');
const h = createHistogram();
console.log(h);
for (const v of [12, 15, 15, 18, 22, 30, 45, 120, 15, 17]) h.record(v);
console.log('count', h.count, 'min', h.min, 'max', h.max);
console.log('mean', h.mean, 'stddev', h.stddev);
console.log('p50', h.percentile(50), 'p90', h.percentile(90), 'p99', h.percentile(99));
console.log(h.percentiles);
console.log(h);
