// hrtime measures time passing; the difference form returns [seconds, nanoseconds].
const start = process.hrtime();
const startBig = process.hrtime.bigint();
console.log(Array.isArray(start), start.length, typeof start[0], typeof start[1]);
console.log(typeof startBig);
setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  const ms = s * 1e3 + ns / 1e6;
  console.log(s, ms >= 40 && ms < 1000);
  const elapsed = process.hrtime.bigint() - startBig;
  console.log(elapsed >= 40000000n, elapsed < 1000000000n);
}, 50);
