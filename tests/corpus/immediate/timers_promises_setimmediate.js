// require('timers/promises').setImmediate resolves with its value in the check phase.
const { setImmediate: immediate } = require('node:timers/promises');
immediate('value').then((v) => console.log('resolved', v));
setImmediate(() => console.log('plain immediate'));
Promise.resolve().then(() => console.log('promise'));
