const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
console.log(m.heapUsed <= m.heapTotal);
