// An error thrown from an EventEmitter listener, made before.
const EventEmitter = require('events');
const bus = new EventEmitter();
const boom = new Error('boom');
bus.on('go', () => {
  throw boom;
});
bus.emit('go');
