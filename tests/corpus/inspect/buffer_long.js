// Buffers are cut after 50 bytes.
console.log(Buffer.alloc(60, 0x61));
console.log(Buffer.alloc(51));
