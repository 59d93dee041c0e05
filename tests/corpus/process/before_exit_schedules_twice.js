// beforeExit fires again after the work it scheduled; the third time nothing is scheduled and exit follows.
let count = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, count);
  if (count++ < 2) setTimeout(() => console.log('more work', count), 0);
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
