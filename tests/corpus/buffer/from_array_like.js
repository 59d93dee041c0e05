// Array-like objects are copied by index; a non-number length gives an empty buffer.
console.log(Buffer.from({ length: 3, 0: 65, 1: 66, 2: 67 }));
console.log(Buffer.from({ length: 2 }));
console.log(Buffer.from({ length: '3', 0: 1 }));
console.log(Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }));
console.log(Buffer.from({ length: -1 }));
