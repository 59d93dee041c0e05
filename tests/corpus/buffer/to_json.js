// toJSON gives { type: "Buffer", data: [...] }, which JSON.stringify uses.
const buf = Buffer.from([1, 2, 3]);
console.log(buf.toJSON());
console.log(JSON.stringify(buf));
console.log(JSON.stringify({ payload: buf, empty: Buffer.alloc(0) }));
console.log(JSON.stringify([Buffer.from('a')]));
