// Streams are EventEmitters; eventNames only lists events with listeners.
const { Readable } = require('stream');
const EventEmitter = require('events');
const r = new Readable({ read() {} });
console.log(r instanceof EventEmitter, r.eventNames());
r.on('data', () => {});
r.once('end', () => {});
console.log(r.eventNames(), r.listenerCount('data'));
r.removeAllListeners('data');
console.log(r.eventNames());
