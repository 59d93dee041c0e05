// Buffer is a global and the same object as require("buffer").Buffer.
const buffer = require('buffer');
console.log(typeof Buffer, Buffer === buffer.Buffer, Buffer.name, Buffer.length);
console.log(Object.keys(buffer).sort().join(','));
