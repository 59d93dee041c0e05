// Brotli streams: compress then decompress through a pipe.
const zlib = require('zlib');
const compress = zlib.createBrotliCompress();
const decompress = zlib.createBrotliDecompress();
let out = '';
compress.pipe(decompress).on('data', (d) => { out += d; }).on('end', () => console.log('got back:', out));
compress.on('end', () => console.log('compress end'));
compress.write('brotli ');
compress.end('stream');
