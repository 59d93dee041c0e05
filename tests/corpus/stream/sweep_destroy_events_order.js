const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close', r.destroyed));
r.on('end', () => console.log('end'));
r.destroy(new Error('boom'));
console.log('after destroy', r.destroyed);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
