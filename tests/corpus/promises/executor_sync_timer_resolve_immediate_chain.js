console.log('1');
const p = new Promise((resolve, reject) => {
  console.log('2');
  setTimeout(() => { console.log('3'); resolve('4'); console.log('5'); }, 0);
  process.nextTick(() => console.log('6'));
  console.log('7');
});
p.then(v => { console.log(v); return new Promise(r => setImmediate(() => r('8'))); }).then(console.log);
queueMicrotask(() => console.log('9'));
console.log('10');
