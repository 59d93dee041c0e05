// StringDecoder holds back incomplete UTF-8 characters between writes.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2]))));
console.log(JSON.stringify(d.write(Buffer.from([0x82]))));
console.log(JSON.stringify(d.write(Buffer.from([0xac, 0x41]))));
console.log(JSON.stringify(d.write(Buffer.from([0xf0, 0x9f, 0x98]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.end()));
console.log(JSON.stringify(d.end(Buffer.from('ok'))));
