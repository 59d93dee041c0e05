const start = process.hrtime();
const t = setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  console.log('elapsed ms >= 10:', s * 1e3 + ns / 1e6 >= 10);
  const big = process.hrtime.bigint();
  console.log(typeof big, big > 0n, String(big).length > 5);
}, 10);
console.log(typeof t.hasRef(), t.hasRef());
