// The throw from an unhandled 'error' can be caught; ERR_UNHANDLED_ERROR keeps the value as context.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const value of [new TypeError('typed'), 'text', 42, null, undefined, [1, 2], { a: { b: { c: {} } } }]) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err === value, err.name, err.code, err.message, err.context === value);
  }
}
e.on('error', (err) => console.log('handled:', err.message));
console.log(e.emit('error', new Error('now handled')));
