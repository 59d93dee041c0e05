// require('events') is the EventEmitter class itself, also exported as .EventEmitter.
const EventEmitter = require('events');
console.log(typeof EventEmitter, EventEmitter === require('node:events').EventEmitter);
