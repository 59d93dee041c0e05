// EventEmitter once with async listeners and events.once.
const { EventEmitter, once } = require('events');
const ee = new EventEmitter();
ee.once('go', async (x) => {
  console.log('async listener start', x);
  await null;
  console.log('async listener after await', x);
});
ee.on('go', (x) => console.log('sync listener', x));
(async () => {
  const [v] = await once(ee, 'go');
  console.log('events.once resolved', v);
})();
ee.emit('go', 1);
ee.emit('go', 2);
console.log('emits done, listeners:', ee.listenerCount('go'));
