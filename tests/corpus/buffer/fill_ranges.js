// fill(value, offset, end, encoding) fills only the range; offset >= end leaves the buffer alone.
const b = () => Buffer.alloc(6, 0x2e);
console.log(b().fill('a', 1));
console.log(b().fill('a', 1, 3));
console.log(b().fill('ab', 1, 4));
console.log(b().fill('6263', 2, 'hex'));
console.log(b().fill('6263', 2, 5, 'hex'));
console.log(b().fill('a', 'latin1'));
console.log(b().fill('a', 4, 2));
console.log(b().fill('a', 6));
console.log(b().fill(0x41, 2, 4));
