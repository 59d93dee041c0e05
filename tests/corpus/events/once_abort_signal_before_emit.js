// events.once with an AbortSignal that fires first.
const { once, EventEmitter } = require('events');
const ee = new EventEmitter();
const ac = new AbortController();
once(ee, 'ready', { signal: ac.signal })
  .then(() => console.log('ready'))
  .catch((e) => console.log('rejected', e.name, e.code));
setTimeout(() => ac.abort(), 1);
setTimeout(() => { ee.emit('ready'); console.log('emitted ready, listeners', ee.listenerCount('ready')); }, 5);
