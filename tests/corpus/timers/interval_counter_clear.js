// setInterval repeats until clearInterval is called from inside its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 1);
