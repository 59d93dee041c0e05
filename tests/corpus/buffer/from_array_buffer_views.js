// Buffer.from(arrayBuffer, byteOffset, length) shares memory with the ArrayBuffer.
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const whole = Buffer.from(ab);
const part = Buffer.from(ab, 2, 3);
const tail = Buffer.from(ab, 5);
console.log(whole, part, tail);
console.log(part.byteOffset, part.length, tail.byteOffset, tail.length);
u8[3] = 0xff;
console.log(part, whole.buffer === ab);
part[0] = 0xee;
console.log(u8[2], whole);
