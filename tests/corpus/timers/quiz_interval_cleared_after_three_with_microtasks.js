let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => console.log('micro', n));
  process.nextTick(() => console.log('nt', n));
  if (n === 3) { clearInterval(id); console.log('cleared'); }
}, 1);
