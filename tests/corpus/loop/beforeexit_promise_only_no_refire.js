// A promise callback scheduled in 'beforeExit' runs, but keeps nothing alive, so 'beforeExit' is not fired again.
let rounds = 0;
process.on('beforeExit', () => {
  rounds++;
  console.log('beforeExit', rounds);
  Promise.resolve().then(() => console.log('promise from beforeExit'));
  process.nextTick(() => console.log('nextTick from beforeExit'));
});
process.on('exit', () => console.log('exit', rounds));
