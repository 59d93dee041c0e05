const { Readable } = require('stream');
async function* gen() { yield 'a'; await null; yield 'b'; yield 'c'; }
const r = Readable.from(gen());
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
setImmediate(() => console.log('immediate'));
