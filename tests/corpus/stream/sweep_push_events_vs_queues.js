const { Readable, Writable, Transform, pipeline } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.on('data', c => log('data', c)); r.on('end', () => log('end')); r.on('close', () => log('close'));
r.push('a'); r.push('b'); r.push(null);
process.nextTick(() => log('tick')); Promise.resolve().then(() => log('promise')); setImmediate(() => log('immediate')); setTimeout(() => log('timeout'));
log('sync');
