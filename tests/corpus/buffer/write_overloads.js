// write(string[, offset[, length]][, encoding]) accepts the encoding in any trailing position.
const b = () => Buffer.alloc(6, '.');
let x;
x = b(); console.log(x.write('6162', 'hex'), x);
x = b(); console.log(x.write('ab', 2), x);
x = b(); console.log(x.write('abcd', 1, 2), x);
x = b(); console.log(x.write('ff', 1, 'hex'), x);
x = b(); console.log(x.write('ab', 1, 4, 'ucs2'), x);
x = b(); console.log(x.write('YWJj', 0, 'base64'), x);
x = b(); console.log(x.write('abc', 'latin1'), x);
