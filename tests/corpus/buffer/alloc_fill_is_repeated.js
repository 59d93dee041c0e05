// Buffer.alloc with a multi-byte fill repeats it and cuts the last copy.
console.log(Buffer.alloc(10, 'abc'));
console.log(Buffer.alloc(5, '€'));
console.log(Buffer.alloc(7, 'ab', 'utf16le'));
console.log(Buffer.alloc(5, Buffer.from([1, 2])));
console.log(Buffer.alloc(4, 'ff00', 'hex'));
