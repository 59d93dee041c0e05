const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', (who) => {
  console.log('go', who);
  process.nextTick(() => console.log('tick', who));
  Promise.resolve().then(() => console.log('micro', who));
});
setTimeout(() => { e.emit('go', 't1'); e.emit('go', 't1b'); }, 0);
setTimeout(() => e.emit('go', 't2'), 0);
setImmediate(() => e.emit('go', 'i1'));
setImmediate(() => e.emit('go', 'i2'));
