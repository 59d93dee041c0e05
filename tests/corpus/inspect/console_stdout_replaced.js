// The global console writes to `console._stdout` / `console._stderr`: a program may put its
// own stream there.
const { Writable } = require('stream');
const chunks = [];
const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
const before = console._stdout === process.stdout;
console._stdout = w;
console.log('hello %d', 42);
console.info({ a: [1, 2] });
console.group('g');
console.log('in group');
console.groupEnd();
console.table([{ x: 1 }]);
console.error('err goes to stderr');
console._stderr = w;
console.warn('warn captured');
setTimeout(() => { process.stdout.write(JSON.stringify({ before, chunks }, null, 1) + '\n'); }, 10);
