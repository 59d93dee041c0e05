let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) {
    setTimeout(() => console.log('timer from beforeExit', n), 0);
    Promise.resolve().then(() => console.log('micro from beforeExit'));
    process.nextTick(() => console.log('tick from beforeExit'));
  }
});
process.on('exit', (code) => { console.log('exit', code); setTimeout(() => console.log('never'), 0); process.nextTick(() => console.log('never tick')); Promise.resolve().then(() => console.log('never micro?')); });
console.log('main');
