let n = 0;
const i = setInterval(() => {
  console.log('interval', ++n);
  setImmediate(() => console.log('immediate', n));
  if (n === 3) clearInterval(i);
}, 10);
