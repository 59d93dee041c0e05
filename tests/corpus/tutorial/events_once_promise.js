const { EventEmitter, once } = require('events');
const e = new EventEmitter();
(async () => {
  console.log('waiting');
  const [value] = await once(e, 'ready');
  console.log('got', value);
})();
setTimeout(() => e.emit('ready', 42), 5);
process.nextTick(() => console.log('tick'));
