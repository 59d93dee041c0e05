// removeListener removes the most recently added instance; off is the same function.
const EventEmitter = require('events');
const e = new EventEmitter();
const f = (tag) => () => console.log(tag);
const a = f('a');
e.on('x', a);
e.on('x', f('b'));
e.on('x', a);
e.off('x', a);
e.emit('x');
console.log(EventEmitter.prototype.off === EventEmitter.prototype.removeListener, EventEmitter.prototype.on === EventEmitter.prototype.addListener);
e.removeListener('x', () => {}); // not registered: nothing happens
e.removeListener('nothing', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a));
e.removeAllListeners('x');
console.log(e.eventNames(), e.emit('x'));
