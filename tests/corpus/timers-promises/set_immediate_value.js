// setImmediate from timers/promises resolves in the check phase, after nextTicks and promises.
const { setImmediate: nextCheck } = require('timers/promises');
nextCheck('immediate value').then((v) => console.log(v));
setImmediate(() => console.log('callback immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
