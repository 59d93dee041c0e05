// events.on's `close` option: the named events end the iteration (done), after queued values.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  for await (const [line] of on(e, 'line', { close: ['end'] })) console.log('line', line);
  console.log('done; listeners:', e.eventNames());
})();
e.emit('line', 'a');
e.emit('line', 'b');
setTimeout(() => { e.emit('line', 'c'); e.emit('end'); e.emit('line', 'late'); }, 1);
