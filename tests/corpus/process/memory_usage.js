// memoryUsage has Node's five fields, all numbers; rss() is a shortcut.
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0));
console.log(m.heapUsed <= m.heapTotal, m.rss > 0);
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const big = new Array(100000).fill('x');
console.log(big.length, process.memoryUsage().heapUsed > 0);
