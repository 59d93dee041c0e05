const { createHistogram } = require('node:perf_hooks');
const h = createHistogram();
h.record(5n);
h.record(2 ** 53 - 1);
h.record(2n ** 60n); // beyond the highest trackable value: counted as exceeding
console.log(h.count, h.countBigInt, h.exceeds, h.exceedsBigInt);
console.log(h.min, h.minBigInt, h.max, h.maxBigInt);
console.log(h.percentileBigInt(50), h.percentilesBigInt);
const empty = createHistogram();
console.log(empty.min, empty.minBigInt, empty.max, empty.mean, empty.stddev, empty.percentile(50));
console.log(JSON.stringify(empty));
try { h.record(-1n); } catch (err) { console.log(err.name, err.code, err.message); }
try { h.record(0n); } catch (err) { console.log(err.name, err.code, err.message); }
