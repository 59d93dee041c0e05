// The buffer module constants in Node 20 on 64-bit.
const buffer = require('buffer');
console.log(buffer.constants);
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.INSPECT_MAX_BYTES);
console.log(buffer.Buffer === Buffer, typeof buffer.SlowBuffer, typeof buffer.Blob);
