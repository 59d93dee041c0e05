// getActiveResourcesInfo inside callbacks: the running timer or immediate is no longer
// listed; an interval stays while it repeats; nothing is left at 'exit'.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n, process.getActiveResourcesInfo());
  if (n === 2) clearInterval(iv);
}, 1);
setTimeout(() => console.log('timeout', process.getActiveResourcesInfo()), 50);
setImmediate(() => {
  setImmediate(() => {});
  console.log('immediate', process.getActiveResourcesInfo());
});
process.nextTick(() => console.log('tick', process.getActiveResourcesInfo()));
Promise.resolve().then(() => console.log('micro', process.getActiveResourcesInfo()));
process.on('beforeExit', () => console.log('beforeExit', process.getActiveResourcesInfo()));
process.on('exit', () => console.log('exit', process.getActiveResourcesInfo()));
const t = setTimeout(() => {}, 1000);
t.unref();
console.log('main', process.getActiveResourcesInfo());
t.ref();
console.log('ref again', process.getActiveResourcesInfo());
t.unref();
