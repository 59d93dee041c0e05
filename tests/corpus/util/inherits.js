// inherits sets the prototype chain and super_.
const util = require('util');
const EventEmitter = require('events');
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
console.log(s instanceof EventEmitter, Stream.super_ === EventEmitter, Object.keys(Stream));
s.on('data', (d) => console.log('data', d));
s.emit('data', 42);
