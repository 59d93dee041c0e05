// setTimeout from timers/promises resolves with the value after the delay.
const { setTimeout: sleep } = require('timers/promises');
const start = Date.now();
sleep(30, 'done').then((v) => console.log(v, Date.now() - start >= 30));
sleep(10).then((v) => console.log('no value:', v));
console.log('main');
