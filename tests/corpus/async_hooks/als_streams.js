// Stream events come from ticks and calls made in the context that drove the stream.
const { AsyncLocalStorage } = require('async_hooks');
const { Readable, Writable, pipeline } = require('stream');
const als = new AsyncLocalStorage();
als.run('pipeline', () => {
  const source = Readable.from(['a', 'b', 'c']);
  const sink = new Writable({
    write(chunk, enc, cb) {
      console.log('write', chunk.toString(), als.getStore());
      cb();
    },
  });
  pipeline(source, sink, (err) => console.log('pipeline done', err, als.getStore()));
});
als.run('readable', () => {
  const r = new Readable({ read() {} });
  r.on('data', (d) => console.log('data', d.toString(), als.getStore()));
  r.on('end', () => console.log('end', als.getStore()));
  r.push('x');
  r.push(null);
});
