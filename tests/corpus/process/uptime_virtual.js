// uptime grows with the time the program waits.
const a = process.uptime();
console.log(typeof a, a >= 0, a < 5);
setTimeout(() => {
  const b = process.uptime();
  console.log(b - a >= 0.15, b - a < 2);
}, 200);
