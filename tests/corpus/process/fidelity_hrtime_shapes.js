// hrtime: [seconds, nanoseconds], a difference with a previous reading, and the bigint form.
const start = process.hrtime();
console.log(Array.isArray(start), start.length, start[1] < 1e9);
const diff = process.hrtime(start);
console.log(diff[0] >= 0, diff[1] >= 0);
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log(typeof a, b >= a);
setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  console.log('at least 20 ms later:', s * 1e3 + ns / 1e6 >= 20);
}, 20);
