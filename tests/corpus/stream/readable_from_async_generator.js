// Readable.from(async generator): values arrive through promise jobs.
const { Readable } = require('stream');
async function* gen() {
  console.log('gen start');
  yield 1;
  await null;
  yield 2;
  await new Promise((resolve) => setImmediate(resolve));
  yield 3;
  console.log('gen end');
}
const r = Readable.from(gen());
r.on('data', (x) => console.log('data', x));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
