// Duplex.from(async function*): writes feed the generator's source, yields are read.
const { Duplex } = require('stream');
const d = Duplex.from(async function* (source) {
  for await (const chunk of source) {
    console.log('gen got', chunk.toString());
    yield chunk.toString().toUpperCase();
  }
  console.log('source ended');
  yield 'DONE';
});
d.on('data', (c) => console.log('data', c));
d.on('end', () => console.log('end'));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write('a', () => console.log('write cb a'));
d.write('b', () => console.log('write cb b'));
d.end();
process.nextTick(() => console.log('tick'));
