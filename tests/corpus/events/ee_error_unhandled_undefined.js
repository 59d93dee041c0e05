// emit('error') with no argument and no listener.
const EventEmitter = require('events');
setTimeout(() => new EventEmitter().emit('error'), 1);
