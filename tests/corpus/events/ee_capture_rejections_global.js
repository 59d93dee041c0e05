// EventEmitter.captureRejections = true turns it on for emitters created afterwards.
const EventEmitter = require('events');
const before = new EventEmitter();
EventEmitter.captureRejections = true;
const after = new EventEmitter();
console.log(EventEmitter.captureRejections, before.listenerCount('x'));
after.on('x', () => Promise.reject(new Error('captured')));
after.on('error', (err) => console.log('after got', err.message));
after.emit('x');
const optedOut = new EventEmitter({ captureRejections: false });
console.log(require('util').inspect(optedOut).includes('[Symbol(kCapture)]: true'));
