// 'newListener' fires before the listener is added (so it can add one in front); 'removeListener' after removal.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (event, listener) => {
  console.log('newListener', event, typeof listener, listener.name);
  if (event === 'data') {
    e.removeAllListeners('newListener');
    e.on('data', () => console.log('added from newListener'));
  }
});
e.on('removeListener', (event, listener) => console.log('removeListener', event, listener.name));
function onData() { console.log('onData'); }
e.on('data', onData);
e.emit('data');
e.once('end', function endOnce() {});
e.removeListener('data', onData);
e.emit('end');
console.log(e.eventNames());
