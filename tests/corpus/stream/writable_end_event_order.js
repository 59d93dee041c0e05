// end(): 'prefinish', the end callback, 'finish', then 'close', against ticks and promises.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => console.log('event', ev));
w.write('data');
w.end('last', () => console.log('end callback'));
console.log('ended', w.writableEnded, 'finished', w.writableFinished);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate', w.writableFinished, w.closed));
