// fill returns the same buffer, so calls chain.
const buf = Buffer.alloc(4);
console.log(buf.fill(1) === buf);
console.log(buf.fill(2, 0, 2).fill(3, 2).toString('hex'));
