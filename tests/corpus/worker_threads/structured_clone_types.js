// What survives a trip to a worker and back.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (value) => parentPort.postMessage(value));
`, { eval: true });
const cyclic = { name: 'cycle' };
cyclic.self = cyclic;
const value = {
  map: new Map([['a', 1], ['b', { deep: true }]]),
  set: new Set([1, 2, 3]),
  date: new Date(0),
  regexp: /ab+c/gi,
  numbers: [NaN, -0, Infinity, 2n ** 64n],
  missing: undefined,
  sparse: [1, , 3],
  typed: new Float64Array([1.5, 2.5]),
  cyclic,
  error: new RangeError('out of range'),
};
worker.postMessage(value);
worker.on('message', (copy) => {
  const { error, ...rest } = copy;
  console.log(rest);
  console.log('cycle kept:', copy.cyclic.self === copy.cyclic);
  console.log('error type:', error instanceof RangeError, error.message, error.stack.split('\n')[0]);
  console.log('-0 kept:', Object.is(copy.numbers[1], -0));
});
