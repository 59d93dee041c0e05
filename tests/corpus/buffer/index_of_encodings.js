// indexOf(string, offset, encoding) searches for the string as encoded.
const buf = Buffer.from('abcdef');
console.log(buf.indexOf('6364', 0, 'hex'), buf.indexOf('6364', 'hex'));
console.log(buf.indexOf('ZGVm', 'base64'), buf.indexOf('ZA', 'base64url'));
console.log(buf.indexOf('c', 'latin1'), buf.indexOf('c', 'ascii'), buf.indexOf('\u0163', 'latin1'));
const u = Buffer.from('abcd', 'ucs2');
console.log(u.indexOf('c', 'ucs2'), u.indexOf('b', 1, 'ucs2'), u.indexOf('b', 3, 'utf16le'), u.lastIndexOf('b', 1, 'ucs2'));
console.log(buf.indexOf('zz', 'hex'), buf.indexOf('', 'hex'));
