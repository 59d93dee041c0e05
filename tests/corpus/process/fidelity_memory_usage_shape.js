// memoryUsage's shape: the keys, their types, rss() alone (the figures vary: not printed).
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => Number.isInteger(v) && v >= 0));
console.log(typeof process.memoryUsage.rss(), m.heapUsed <= m.heapTotal);
console.log(Object.keys(process.resourceUsage()).length > 10);
