// events.once resolves with the event's arguments as an array, in a microtask after the emit.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  const args = await once(e, 'ready');
  console.log('ready with', args);
})();
console.log('listening:', e.listenerCount('ready'), e.listenerCount('error'));
e.emit('ready', 1, 'two');
console.log('emitted; listeners now', e.listenerCount('ready'), e.listenerCount('error'));
process.nextTick(() => console.log('tick'));
