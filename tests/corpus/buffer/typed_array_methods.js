// Uint8Array methods work on buffers; map and filter return Buffers.
const buf = Buffer.from([1, 2, 3, 4]);
const doubled = buf.map((b) => b * 100);
console.log(doubled, doubled instanceof Buffer);
console.log(buf.filter((b) => b % 2 === 0));
console.log(buf.reduce((a, b) => a + b, 0), buf.join('-'), buf.at(-1), buf.some((b) => b > 3));
console.log(Buffer.from([3, 1, 2]).sort(), Buffer.from([1, 2, 3]).reverse());
