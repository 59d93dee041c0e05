// An unhandled 'error' thrown in a timer reaches process 'uncaughtException'.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err.message, origin));
setTimeout(() => {
  e.emit('error', new Error('from timer'));
  console.log('not reached');
}, 0);
setTimeout(() => console.log('next timer still runs'), 5);
