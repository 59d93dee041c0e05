// swap16/32/64 reverse byte order in place in 2-, 4- and 8-byte groups.
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(b.swap16());
console.log(b.swap16().swap32());
console.log(b.swap32().swap64());
console.log(b.swap64() === b);
