// utf16le searches only match at even byte offsets; odd-length haystacks are quirky.
const odd = Buffer.from([0, 0x61, 0, 0x62, 0]);
console.log(odd.indexOf('a', 'ucs2'), odd.indexOf(Buffer.from([0x61, 0]), 0, 'ucs2'), odd.indexOf(Buffer.from([0x61, 0])));
const o = Buffer.from([0x61, 0, 0x62, 0, 0x63]);
console.log(o.indexOf('c', 'ucs2'), o.indexOf(Buffer.from([0x63, 0]), 0, 'ucs2'), o.indexOf(Buffer.from([0x78, 0]), 0, 'ucs2'));
console.log(o.lastIndexOf('a', 'ucs2'), o.lastIndexOf('b', -1, 'ucs2'));
