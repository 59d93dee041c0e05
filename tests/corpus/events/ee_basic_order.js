// emit is synchronous: listeners run in the order added, before emit returns; it returns whether any ran.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('greet', (name) => console.log('hello', name));
e.addListener('greet', function (name) { console.log('again', name, this === e); });
console.log('before emit');
console.log('emit returned', e.emit('greet', 'ada'));
console.log('after emit');
console.log('no listeners:', e.emit('nobody'));
console.log(e.on('x', () => {}) === e, e.listenerCount('greet'), e.listenerCount('x'));
