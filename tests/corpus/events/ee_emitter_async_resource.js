// EventEmitterAsyncResource is an EventEmitter subclass.
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const r = new EventEmitterAsyncResource({ name: 'X' });
console.log(r instanceof EventEmitter, typeof r.asyncId, typeof r.triggerAsyncId);
r.on('e', (v) => console.log('e', v));
r.emit('e', 1);
