const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
(async () => {
  console.log('before');
  const v = await sleep(10, 'slept');
  console.log(v);
  const w = await immediate('immediate value');
  console.log(w);
  await Promise.all([sleep(5).then(() => console.log('5')), sleep(1).then(() => console.log('1'))]);
  console.log('all done');
})();
console.log('sync end');
