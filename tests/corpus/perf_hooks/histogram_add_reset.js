// Merging per-worker histograms into one, then starting over.
const { createHistogram } = require('node:perf_hooks');
const fast = createHistogram();
const slow = createHistogram({ highest: 1000 });
[3, 4, 5, 6].forEach((v) => fast.record(v));
[200, 400, 800, 1600].forEach((v) => slow.record(v)); // 1600 exceeds slow's range
console.log(slow.count, slow.exceeds, slow.max);
const all = createHistogram();
all.add(fast);
all.add(slow);
console.log(all.count, all.exceeds, all.min, all.max, all.mean);
console.log(all.percentiles);
console.log(fast.count, 'unchanged after add');
all.reset();
console.log(all.count, all.exceeds, all.min, all.max, all.percentiles);
all.record(42);
console.log(all.toJSON());
