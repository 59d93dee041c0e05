// fill(buffer) repeats the buffer's bytes over the range.
console.log(Buffer.alloc(7).fill(Buffer.from([1, 2, 3])));
console.log(Buffer.alloc(7).fill(new Uint8Array([9]), 2, 5));
console.log(Buffer.alloc(3).fill(Buffer.from('abcdef')));
const self = Buffer.from('xy-----');
console.log(self.fill(self.subarray(0, 2), 2).toString());
