// A zlib stream bridged to the web: Readable.toWeb over a Gunzip.
const zlib = require('zlib');
const { Readable } = require('stream');
(async () => {
  const gunzip = zlib.createGunzip();
  gunzip.end(zlib.gzipSync('through the web bridge'));
  const reader = Readable.toWeb(gunzip).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += Buffer.from(value).toString();
  }
  console.log(text);
})();
