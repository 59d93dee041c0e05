// Readable.toWeb: a Node Readable read as a web ReadableStream.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c'], { objectMode: true });
const web = Readable.toWeb(r);
console.log(web);
process.nextTick(() => console.log('tick'));
(async () => {
  for await (const chunk of web) console.log('chunk', chunk);
  console.log('done', r.destroyed);
  const bytes = new Readable({ read() {} });
  bytes.push(Buffer.from('hi'));
  bytes.push(null);
  const reader = Readable.toWeb(bytes).getReader();
  console.log(await reader.read());
  console.log(await reader.read());
})();
