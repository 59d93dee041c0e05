// Other typed arrays are copied element by element, each element truncated to a byte.
console.log(Buffer.from(new Uint16Array([1, 256, 65535])));
console.log(Buffer.from(new Int8Array([-1, -128, 127])));
console.log(Buffer.from(new Float64Array([1.5, 300.7, -2])));
const u16 = new Uint16Array([0x0102, 0x0304]);
console.log(Buffer.from(u16.buffer));
console.log(Buffer.from(u16.buffer, 2));
