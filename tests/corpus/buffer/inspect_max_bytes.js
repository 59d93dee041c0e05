// require("buffer").INSPECT_MAX_BYTES controls how many bytes are shown.
const buffer = require('buffer');
const buf = Buffer.from('abcdefgh');
buffer.INSPECT_MAX_BYTES = 4;
console.log(buf);
buffer.INSPECT_MAX_BYTES = 7;
console.log(buf);
buffer.INSPECT_MAX_BYTES = 50;
console.log(buf);
