// A string 'error' with no listener.
const EventEmitter = require('events');
new EventEmitter().emit('error', 'something broke');
