// Three significant figures: large values share buckets, so min, max, mean and the
// percentiles are a bucket's lowest, highest or middle value, not the value recorded.
const { createHistogram } = require('node:perf_hooks');
const h = createHistogram();
for (const v of [1, 2, 3, 100, 1000, 2047, 2048, 2049, 12345, 99999, 1234567, 987654321]) h.record(v);
console.log(h.min, h.max, h.mean, h.stddev);
for (const p of [0.001, 10, 25, 50, 75, 90, 99, 99.9, 100]) console.log(p, h.percentile(p));
console.log([...h.percentiles]);
const coarse = createHistogram({ lowest: 1, highest: 100, figures: 1 });
for (const v of [1, 5, 9, 10, 15, 55, 99, 150]) coarse.record(v);
console.log(coarse, coarse.percentile(90));
