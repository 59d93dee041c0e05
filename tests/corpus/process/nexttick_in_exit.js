// process.nextTick, promises and timers inside process.on('exit') never run.
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('tick in exit'));
  Promise.resolve().then(() => console.log('micro in exit'));
  setTimeout(() => console.log('timeout in exit'), 0);
  console.log('exit handler end');
});
process.on('exit', () => console.log('second exit listener'));
console.log('main');
