// Duplex.from(promise): a readable-only Duplex with the promise's value.
const { Duplex } = require('stream');
const d = Duplex.from(Promise.resolve('resolved value'));
console.log(d.readable, d.writable);
d.on('data', (v) => console.log('data', v));
d.on('end', () => console.log('end'));
const e = Duplex.from(Promise.reject(new Error('rejected')));
e.on('error', (err) => console.log('error', err.message));
e.resume();
const empty = Duplex.from(Promise.resolve(null));
empty.on('end', () => console.log('empty end'));
empty.resume();
try { Duplex.from(42); } catch (err) { console.log(err.code, err.message); }
