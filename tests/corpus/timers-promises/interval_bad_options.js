// The interval iterator checks its options on the first next().
const { setInterval: every } = require('timers/promises');
const it = every(10, 'x', { ref: 'yes' });
console.log(typeof it.next, typeof it[Symbol.asyncIterator]);
it.next().then(console.log, (e) => console.log(e.code, e.message));
every(10, 'x', 7).next().catch((e) => console.log(e.code, e.message));
