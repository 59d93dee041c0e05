// Buffer.alloc(size, fill, encoding) fills with numbers, strings and buffers.
console.log(Buffer.alloc(5, 1));
console.log(Buffer.alloc(5, 257));
console.log(Buffer.alloc(5, 'ab'));
console.log(Buffer.alloc(5, 'é'));
console.log(Buffer.alloc(6, 'aGk=', 'base64'));
console.log(Buffer.alloc(5, '0102', 'hex'));
console.log(Buffer.alloc(5, Buffer.from([7, 8])));
console.log(Buffer.alloc(4, 'ab', 'ucs2'));
console.log(Buffer.alloc(3, ''));
console.log(Buffer.alloc(3, true));
