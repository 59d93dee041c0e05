// destroy(err): destroyed at once; 'error' then 'close' together on a later tick.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.message, r.destroyed, r.errored === e));
r.on('close', () => console.log('close', r.closed));
r.on('end', () => console.log('end'));
r.push('data');
r.destroy(new Error('boom'));
console.log('destroyed', r.destroyed, 'closed', r.closed);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
r.destroy(new Error('second'));
console.log('push after destroy', r.push('more'));
