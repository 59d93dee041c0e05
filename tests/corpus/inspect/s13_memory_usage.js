const m = process.memoryUsage();
console.log(Object.keys(m), Object.values(m).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss(), Object.keys(process.resourceUsage()).length > 5);
console.log(Object.keys(process.hrtime), typeof process.hrtime.bigint());
