// A class whose prototype defines _events keeps its own object ("shape mode"): removal leaves undefined.
const EventEmitter = require('events');
function Shaped() { EventEmitter.call(this); }
Shaped.prototype = Object.create(EventEmitter.prototype);
Shaped.prototype.constructor = Shaped;
const s = new Shaped();
s._events = { __proto__: null, data: undefined };
EventEmitter.init.call(s);
const f = () => console.log('data');
s.on('data', f);
s.emit('data');
s.removeListener('data', f);
console.log(Object.keys(s._events), s._events.data, s._eventsCount);
