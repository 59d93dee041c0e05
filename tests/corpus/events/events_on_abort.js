// events.on with a signal: aborting ends the iteration with an AbortError.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
const ac = new AbortController();
(async () => {
  try {
    for await (const [v] of on(e, 'n', { signal: ac.signal })) {
      console.log('n', v);
      if (v === 2) ac.abort();
    }
  } catch (err) {
    console.log(err.name, err.message, e.listenerCount('n'));
  }
})();
e.emit('n', 1);
e.emit('n', 2);
e.emit('n', 3);
try { on(e, 'n', { signal: AbortSignal.abort() }); } catch (err) { console.log('sync throw:', err.name); }
