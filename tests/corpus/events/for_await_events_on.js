// for await over events.on: emits before and after the loop starts.
const { on, EventEmitter } = require('events');
const ee = new EventEmitter();
(async () => {
  let n = 0;
  for await (const [value] of on(ee, 'data')) {
    console.log('got', value);
    if (++n === 4) break;
  }
  console.log('loop done, listeners:', ee.listenerCount('data'));
})();
ee.emit('data', 1);
ee.emit('data', 2);
process.nextTick(() => ee.emit('data', 3));
setTimeout(() => { ee.emit('data', 4); ee.emit('data', 5); console.log('after emits'); }, 1);
console.log('sync end');
