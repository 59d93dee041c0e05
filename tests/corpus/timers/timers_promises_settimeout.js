// require('timers/promises').setTimeout resolves with the given value after the delay.
const { setTimeout: sleep } = require('node:timers/promises');
sleep(50, 'late').then((v) => console.log('resolved', v));
sleep(1, 'early').then((v) => console.log('resolved', v));
console.log('sync end');
