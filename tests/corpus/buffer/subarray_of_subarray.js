// Nested subarrays keep pointing at the original memory.
const buf = Buffer.from('0123456789');
const a = buf.subarray(2, 8);
const b = a.subarray(1, 3);
b.fill(0x2a);
console.log(buf.toString(), a.toString(), b.toString(), b.byteOffset - buf.byteOffset);
console.log(a.subarray(-2).toString(), b.subarray(5).length);
