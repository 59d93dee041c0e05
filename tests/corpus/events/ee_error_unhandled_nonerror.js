// A non-Error 'error' with no listener becomes ERR_UNHANDLED_ERROR, with the value as context.
const EventEmitter = require('events');
const e = new EventEmitter();
e.emit('error', { reason: 'not an Error', code: 42 });
