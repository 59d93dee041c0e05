// Listeners run in the context of the emit call, not of the on call; AsyncResource.bind ties
// a listener to the context where it was bound.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const emitter = new EventEmitter();
als.run('registered', () => {
  emitter.on('data', (x) => console.log('plain listener', x, als.getStore()));
  emitter.on('data', AsyncResource.bind((x) => console.log('bound listener', x, als.getStore())));
});
emitter.emit('data', 1);
als.run('emitting', () => emitter.emit('data', 2));
setTimeout(() => als.run('in timer', () => emitter.emit('data', 3)), 1);
