// buf.fill(string, encoding) repeats the encoded string, cutting it wherever the range ends.
const b = () => Buffer.alloc(7, 0xaa);
console.log(b().fill('abc'));
console.log(b().fill('é'));
console.log(b().fill('€'));
console.log(b().fill('\ud83d'));
console.log(b().fill('ab', 'ucs2'));
console.log(b().fill('abc', 'hex'));
console.log(b().fill('YWJj', 'base64'));
console.log(b().fill('\u0100', 'latin1'));
console.log(b().fill('\u0100', 'ascii'));
console.log(b().fill(''));
