// emit is synchronous; listeners that defer their work.
const EventEmitter = require('events');
const ee = new EventEmitter();
ee.on('e', () => console.log('listener 1'));
ee.on('e', () => process.nextTick(() => console.log('listener 2 tick')));
ee.on('e', () => setImmediate(() => console.log('listener 3 immediate')));
ee.prependListener('e', () => console.log('prepended'));
console.log('before emit');
ee.emit('e');
console.log('after emit');
