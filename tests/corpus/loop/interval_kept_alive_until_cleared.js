// A ref'd interval keeps the loop alive until a later timer clears it.
let n = 0;
const iv = setInterval(() => { n++; }, 1);
setTimeout(() => {
  clearInterval(iv);
  console.log('cleared; interval ran:', n >= 1);
}, 20);
process.on('exit', () => console.log('exit'));
