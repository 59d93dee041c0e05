const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  const [v] = await once(e, 'ready');
  console.log('ready', v);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try { await once(e, 'never', { signal: ac.signal }); } catch (err) { console.log('caught', err.name); }
})();
setImmediate(() => e.emit('ready', 42));
process.nextTick(() => console.log('tick'));
