// binary is latin1 and ucs2/ucs-2/utf-16le are utf16le: same bytes both ways.
const s = 'hé€';
console.log(Buffer.from(s, 'binary').equals(Buffer.from(s, 'latin1')));
console.log(['ucs2', 'ucs-2', 'utf-16le', 'UTF16LE'].map((e) => Buffer.from(s, e).toString('hex')));
const b = Buffer.from([0x68, 0x00, 0xe9, 0x00]);
console.log(b.toString('ucs2'), b.toString('utf-16le'), b.toString('binary') === b.toString('latin1'));
