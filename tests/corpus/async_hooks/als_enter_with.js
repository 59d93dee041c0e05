// enterWith sets the store for the rest of the current callback and what it schedules.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => {
  console.log('t1 before', als.getStore());
  als.enterWith('t1');
  console.log('t1 after', als.getStore());
  setImmediate(() => console.log('immediate from t1', als.getStore()));
}, 1);
setTimeout(() => {
  console.log('t2', als.getStore());
}, 30);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval run', n, als.getStore());
  als.enterWith(`run ${n}`);
  if (n === 3) clearInterval(iv);
}, 60);
als.enterWith('main');
console.log('main', als.getStore());
process.on('exit', () => console.log('exit listener', als.getStore()));
