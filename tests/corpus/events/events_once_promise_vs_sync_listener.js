const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  console.log('waiting');
  const [v] = await once(e, 'go');
  console.log('got', v);
})();
e.on('go', () => console.log('sync listener'));
process.nextTick(() => { e.emit('go', 42); console.log('after emit'); });
Promise.resolve().then(() => console.log('micro'));
