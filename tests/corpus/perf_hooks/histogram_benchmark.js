// A benchmark summary as tutorials print it: record each run's duration, then report
// percentiles. The durations here are fixed numbers so the report is the same every run.
const { createHistogram } = require('node:perf_hooks');
const durationsNs = [1200, 1350, 980, 40000, 1100, 1250, 1190, 1175, 990, 2100, 1310, 1280, 1005, 1500, 1800, 75000];
const h = createHistogram();
for (const ns of durationsNs) h.record(ns);
const fmt = (ns) => `${(ns / 1000).toFixed(3)}µs`;
console.log(`runs: ${h.count}`);
console.log(`min ${fmt(h.min)} max ${fmt(h.max)} mean ${fmt(h.mean)} ± ${fmt(h.stddev)}`);
for (const p of [50, 75, 90, 95, 99]) console.log(`p${p}`.padEnd(4), fmt(h.percentile(p)));
console.table(Object.fromEntries([...h.percentiles].map(([p, v]) => [p, v])));
