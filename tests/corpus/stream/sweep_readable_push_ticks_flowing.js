const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', c.toString()));
r.on('end', () => console.log('end'));
r.push('a');
process.nextTick(() => { console.log('tick1'); r.push('b'); });
setImmediate(() => { console.log('imm'); r.push('c'); r.push(null); });
Promise.resolve().then(() => console.log('micro'));
console.log('sync');
