// clearInterval from inside the callback stops it after the current run.
let n = 0;
const i = setInterval(() => {
  n++;
  console.log('run', n);
  if (n === 3) {
    clearInterval(i);
    console.log('cleared');
  }
}, 5);
