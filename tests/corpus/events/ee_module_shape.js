// require('events') is EventEmitter itself, with Node 20's statics.
const events = require('events');
console.log(events === events.EventEmitter, typeof events.once, typeof events.on);
console.log(Object.keys(events));
console.log(Object.keys(events.prototype));
console.log(events.captureRejectionSymbol, events.errorMonitor, events.captureRejections, events.usingDomains);
console.log(events.listenerCount.length, events.name, events.length);
console.log(typeof events.EventEmitterAsyncResource, typeof events.setMaxListeners, typeof events.getEventListeners);
console.log(require('node:events') === events);
