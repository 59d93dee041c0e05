// Buffer.copyBytesFrom copies the bytes of any typed array view, optionally from an element offset.
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
console.log(Buffer.copyBytesFrom(u16));
console.log(Buffer.copyBytesFrom(u16, 1));
console.log(Buffer.copyBytesFrom(u16, 1, 1));
console.log(Buffer.copyBytesFrom(u16, 5));
const b = Buffer.copyBytesFrom(u16);
u16[0] = 0;
console.log(b[0], b[1]);
