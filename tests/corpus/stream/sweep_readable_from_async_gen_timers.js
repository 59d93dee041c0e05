const { Readable } = require('stream');
async function* gen() {
  yield 'a';
  await new Promise((r) => setTimeout(r, 2));
  yield 'b';
  await new Promise((r) => setImmediate(r));
  yield 'c';
}
const r = Readable.from(gen());
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
setTimeout(() => console.log('timer 1'), 1);
setImmediate(() => console.log('imm'));
