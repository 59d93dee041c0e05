// util.promisify of the callback forms.
const zlib = require('zlib');
const { promisify } = require('util');
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const brotli = promisify(zlib.brotliCompress);
const unbrotli = promisify(zlib.brotliDecompress);
(async () => {
  const gz = await gzip('promised text');
  console.log(gz.toString('base64'));
  console.log((await gunzip(gz)).toString());
  const br = await brotli('promised text');
  console.log(br.toString('base64'));
  console.log((await unbrotli(br)).toString());
  try {
    await gunzip(Buffer.from('not gzip at all'));
  } catch (err) {
    console.log('rejected:', err.message, err.code, err.errno);
  }
})();
