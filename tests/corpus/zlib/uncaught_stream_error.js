// An unhandled 'error' from a zlib stream ends the process.
const zlib = require('zlib');
const inflate = zlib.createInflate();
inflate.end(Buffer.from('garbage'));
process.on('exit', (code) => console.log('exit', code));
