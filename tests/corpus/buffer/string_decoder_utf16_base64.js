// StringDecoder for utf16le keeps odd bytes and split surrogate pairs; base64 keeps 3-byte groups.
const { StringDecoder } = require('string_decoder');
const u = new StringDecoder('utf16le');
console.log(JSON.stringify(u.write(Buffer.from([0x61]))), JSON.stringify(u.write(Buffer.from([0x00, 0x3d, 0xd8]))));
console.log(JSON.stringify(u.write(Buffer.from([0x00, 0xde]))), JSON.stringify(u.end()));
const b = new StringDecoder('base64');
console.log(b.write(Buffer.from('ab')), b.write(Buffer.from('cde')), b.end());
console.log(new StringDecoder('hex').write(Buffer.from([1, 255])), new StringDecoder('latin1').end(Buffer.from([0xe9])));
