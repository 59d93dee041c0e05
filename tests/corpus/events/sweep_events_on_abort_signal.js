const { on, EventEmitter } = require('events');
const e = new EventEmitter();
const ac = new AbortController();
(async () => {
  try {
    for await (const [v] of on(e, 'tick', { signal: ac.signal })) {
      console.log('got', v);
    }
  } catch (err) {
    console.log('loop ended', err.name, err.code);
  }
})();
e.emit('tick', 1);
setImmediate(() => { e.emit('tick', 2); e.emit('tick', 3); });
setTimeout(() => { ac.abort(); console.log('aborted'); }, 2);
