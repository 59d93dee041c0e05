// Exercise: order the lines (hint: Buffers are plain synchronous code).
const b = Buffer.alloc(4);
b.writeUInt32BE(0x01020304);
setTimeout(() => console.log('timer:', b.readUInt8(3)), 0);
console.log('hex', b.toString('hex'));
Promise.resolve().then(() => console.log('length', b.length));
