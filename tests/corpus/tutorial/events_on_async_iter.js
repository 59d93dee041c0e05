const { EventEmitter, on } = require('events');
const e = new EventEmitter();
(async () => {
  let n = 0;
  for await (const [v] of on(e, 'data')) { console.log('got', v); if (++n === 2) break; }
  console.log('done iterating');
})();
setTimeout(() => { e.emit('data', 'a'); e.emit('data', 'b'); e.emit('data', 'c'); }, 1);
