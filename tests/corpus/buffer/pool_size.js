// Small allocUnsafe and from() buffers are slices of a shared 8 KiB pool; alloc and allocUnsafeSlow are not.
console.log(Buffer.poolSize);
console.log(Buffer.allocUnsafe(10).buffer.byteLength);
console.log(Buffer.from('abc').buffer.byteLength);
console.log(Buffer.alloc(10).buffer.byteLength);
console.log(Buffer.allocUnsafeSlow(10).buffer.byteLength);
console.log(Buffer.allocUnsafe(4096).buffer.byteLength);
console.log(Buffer.allocUnsafe(4095).buffer.byteLength);
