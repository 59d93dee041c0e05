// require('buffer').Buffer is the global Buffer.
const { Buffer: B } = require('buffer');
console.log(typeof B, B === Buffer, require('node:buffer').Buffer === Buffer);
