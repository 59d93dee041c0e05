// Several compressions at once: each callback after the main script's ticks and promises.
const zlib = require('zlib');
const done = [];
for (const word of ['alpha', 'beta', 'gamma']) {
  zlib.gzip(word, (err, buf) => {
    done.push(`${word}:${buf.length}`);
    if (done.length === 3) console.log('all done', done.sort().join(','));
  });
}
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => console.log('timeout 50'), 50);
console.log('sync end');
