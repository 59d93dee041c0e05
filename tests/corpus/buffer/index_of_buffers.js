// Buffer and Uint8Array needles are searched bytewise.
const buf = Buffer.from([1, 2, 3, 1, 2, 3]);
console.log(buf.indexOf(Buffer.from([2, 3])), buf.lastIndexOf(Buffer.from([2, 3])));
console.log(buf.indexOf(new Uint8Array([3, 1])), buf.indexOf(Buffer.from([3, 4])));
console.log(buf.indexOf(Buffer.from([2, 3]), 2), buf.lastIndexOf(Buffer.from([2, 3]), 3));
console.log(buf.indexOf(Buffer.alloc(0)), buf.indexOf(Buffer.alloc(0), 4), buf.lastIndexOf(Buffer.alloc(0)));
