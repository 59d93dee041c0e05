// EventEmitterAsyncResource: listeners run in the context the emitter was made in.
const { EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage, executionAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const ee = als.run('made here', () => new EventEmitterAsyncResource({ name: 'Thing' }));
ee.on('ping', (n) => console.log('ping', n, als.getStore(), executionAsyncId() === ee.asyncId));
als.run('emitting', () => ee.emit('ping', 1));
setTimeout(() => ee.emit('ping', 2), 1);
console.log(typeof ee.asyncId, ee.triggerAsyncId, ee.asyncResource.eventEmitter === ee);
console.log(ee.asyncResource.constructor.name);
