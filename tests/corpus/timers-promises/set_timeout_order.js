// Promise timers interleave with callback timers in due order.
const tp = require('timers/promises');
setTimeout(() => console.log('callback 20'), 20);
tp.setTimeout(10, 'promise 10').then(console.log);
tp.setTimeout(20, 'promise 20').then(console.log);
setTimeout(() => console.log('callback 10'), 10);
