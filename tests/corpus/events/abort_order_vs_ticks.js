// 'abort' listeners run synchronously inside abort(), before any tick or microtask.
const ac = new AbortController();
ac.signal.addEventListener('abort', () => {
  console.log('abort listener');
  process.nextTick(() => console.log('tick from listener'));
  Promise.resolve().then(() => console.log('microtask from listener'));
});
setTimeout(() => {
  console.log('timeout: aborting');
  ac.abort();
  console.log('timeout: after abort');
}, 1);
setImmediate(() => console.log('immediate'));
