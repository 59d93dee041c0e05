// events.once rejects when 'error' is emitted first.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
once(e, 'ready').then(
  (v) => console.log('resolved', v),
  (err) => console.log('rejected:', err.message, e.listenerCount('ready'), e.listenerCount('error')),
);
e.emit('error', new Error('failed to start'));
once(e, 'error').then(([err]) => console.log('waiting for error itself:', err.message));
e.emit('error', new Error('as a value'));
