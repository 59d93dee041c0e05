// Buffers iterate as bytes: for...of, keys, values, entries.
const buf = Buffer.from('hi!');
for (const b of buf) console.log(b);
console.log([...buf.keys()], [...buf.values()], [...buf.entries()]);
console.log(Array.from(buf), [...buf].map((b) => String.fromCharCode(b)).join(''));
