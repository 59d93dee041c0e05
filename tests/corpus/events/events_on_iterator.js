// events.on: an async iterator; events emitted while nobody waits are queued.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  let n = 0;
  for await (const args of on(e, 'data')) {
    console.log('got', args);
    if (++n === 3) break;
  }
  console.log('loop ended; listeners left:', e.listenerCount('data'), e.listenerCount('error'));
})();
e.emit('data', 1);
e.emit('data', 2, 'b');
process.nextTick(() => e.emit('data', 3));
process.nextTick(() => e.emit('data', 4));
