// The 11th listener of one event prints MaxListenersExceededWarning once (on a later tick).
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('warning', (w) => console.log('warning event:', w.name, w.type, w.count, w.emitter === e));
for (let i = 0; i < 12; i++) e.on('data', () => {});
console.log('added 12, sync code ends', e.getMaxListeners());
