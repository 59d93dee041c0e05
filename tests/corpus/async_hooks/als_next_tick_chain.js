// A chain of ticks, immediates and microtasks keeps the store it started with.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
function step(n) {
  if (n === 0) return;
  const kind = ['tick', 'immediate', 'microtask'][n % 3];
  const next = () => {
    console.log(n, kind, als.getStore());
    step(n - 1);
  };
  if (kind === 'tick') process.nextTick(next);
  else if (kind === 'immediate') setImmediate(next);
  else queueMicrotask(next);
}
als.run('chain-a', () => step(5));
als.run('chain-b', () => step(4));
