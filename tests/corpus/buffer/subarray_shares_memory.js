// subarray returns a Buffer view on the same memory.
const buf = Buffer.from('abcdef');
const sub = buf.subarray(1, 4);
console.log(sub, sub.toString(), sub instanceof Buffer);
sub[0] = 0x42;
console.log(buf.toString());
buf[2] = 0x43;
console.log(sub.toString(), sub.buffer === buf.buffer, sub.byteOffset - buf.byteOffset);
