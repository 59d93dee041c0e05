// Buffer.from(array) stores each element modulo 256, like a Uint8Array.
console.log(Buffer.from([1, 2, 3]));
console.log(Buffer.from([256, 257, -1, -256, 1.9, -1.9]));
console.log(Buffer.from(['3', '0x10', 'x', null, undefined, true, NaN, Infinity]));
console.log(Buffer.from([]).length);
