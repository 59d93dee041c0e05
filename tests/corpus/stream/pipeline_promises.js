// stream/promises pipeline: await it.
const { pipeline } = require('stream/promises');
const { Readable, Transform, Writable } = require('stream');
async function main() {
  const chunks = [];
  await pipeline(
    Readable.from(['x', 'y']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + '!'); } }),
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  console.log('resolved', chunks);
  try {
    await pipeline(
      Readable.from(['a']),
      new Transform({ transform(c, e, cb) { cb(new Error('nope')); } }),
      new Writable({ write(c, e, cb) { cb(); } }),
    );
  } catch (e) {
    console.log('rejected', e.message);
  }
}
main().then(() => console.log('main done'));
process.nextTick(() => console.log('tick'));
