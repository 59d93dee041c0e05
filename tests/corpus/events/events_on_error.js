// events.on: an 'error' rejects the pending read, ending the loop with the error.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  try {
    for await (const [v] of on(e, 'tick')) console.log('tick', v);
  } catch (err) {
    console.log('loop threw', err.message);
  }
})();
setImmediate(() => {
  e.emit('tick', 1);
  e.emit('tick', 2);
  setImmediate(() => e.emit('error', new Error('stream broke')));
});
