// Buffer.isBuffer is true only for Buffer instances, not plain Uint8Arrays.
console.log(Buffer.isBuffer(Buffer.alloc(1)));
console.log(Buffer.isBuffer(Buffer.from('a').subarray(0)));
console.log(Buffer.isBuffer(new Uint8Array(1)));
console.log(Buffer.isBuffer({}), Buffer.isBuffer(null), Buffer.isBuffer('abc'));
