// Pushing outside _read to a flowing stream: 'data' is synchronous once flowing has started
// (resume_ runs on a tick), 'end' and 'close' come on later ticks.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('flowing', r.readableFlowing);
r.push('a');
r.push('b');
process.nextTick(() => {
  console.log('tick 1');
  r.push('c');
  console.log('after push c');
  r.push(null);
  console.log('after push null');
});
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));
console.log('main done');
