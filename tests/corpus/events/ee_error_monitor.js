// errorMonitor listeners see an 'error' first, and do not count as handling it.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor saw', err.message));
try {
  e.emit('error', new Error('first'));
} catch (err) {
  console.log('still thrown:', err.message);
}
e.on('error', (err) => console.log('handler got', err.message));
e.emit('error', new Error('second'));
console.log(errorMonitor, e.eventNames());
