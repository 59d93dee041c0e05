// setTimeout during beforeExit keeps the loop going, a limited number of times.
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n < 2) {
    n++;
    setTimeout(() => console.log('timeout from beforeExit', n), 0);
    Promise.resolve().then(() => console.log('micro from beforeExit'));
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
