const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  const [v] = await once(e, 'go');
  console.log('got', v);
  setImmediate(() => console.log('imm after once'));
  process.nextTick(() => console.log('tick after once'));
})();
setTimeout(() => { e.emit('go', 42); console.log('emitted'); }, 1);
