const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
async function main() {
  const seen = [];
  await pipeline(
    Readable.from([1, 2, 3]),
    async function* (source) { for await (const n of source) { await new Promise((r) => setImmediate(r)); yield n * 10; } },
    new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); console.log('got', c); cb(); } }),
  );
  console.log('done', seen);
}
main();
setTimeout(() => console.log('timeout'), 0);
