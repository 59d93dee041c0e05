// A Readable's event order: data, end, close; with a tick and an immediate.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.push('x');
r.push('y');
r.push(null);
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('micro'));
console.log('sync');
