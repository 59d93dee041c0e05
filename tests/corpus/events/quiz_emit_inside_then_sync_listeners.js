const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (v) => { console.log('listener', v); Promise.resolve().then(() => console.log('listener micro', v)); });
Promise.resolve().then(() => { console.log('before emit'); e.emit('x', 1); console.log('after emit'); });
Promise.resolve().then(() => console.log('second then'));
