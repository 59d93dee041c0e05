// flush(): what was written so far comes out before the stream ends.
const zlib = require('zlib');
const inflate = zlib.createInflate();
const deflate = zlib.createDeflate();
deflate.pipe(inflate);
inflate.on('data', (d) => console.log('inflated so far:', d.toString()));
deflate.write('first line\n');
deflate.flush(() => {
  console.log('flushed');
  deflate.write('second line\n');
  deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    console.log('flushed again');
    deflate.end();
  });
});
inflate.on('end', () => console.log('end'));
