const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), JSON.stringify(d.write(euro.subarray(1, 2))), JSON.stringify(d.write(euro.subarray(2))));
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
const d2 = new StringDecoder('utf16le');
console.log(JSON.stringify(d2.write(Buffer.from([0x61]))), JSON.stringify(d2.write(Buffer.from([0x00, 0x3d, 0xd8]))), JSON.stringify(d2.write(Buffer.from([0x00, 0xde]))), JSON.stringify(d2.end()));
const d3 = new StringDecoder('base64');
console.log(d3.write(Buffer.from('ab')), d3.write(Buffer.from('c')), d3.end(Buffer.from('d')));
const d4 = new StringDecoder('hex'); console.log(d4.write(Buffer.from([255, 1])), d4.end());
console.log(d, new StringDecoder().encoding, new StringDecoder('latin1').encoding, new StringDecoder('UCS-2').encoding);
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
const d5 = new StringDecoder(); console.log(JSON.stringify(d5.write(Buffer.from([0xf0, 0x9f]))), JSON.stringify(d5.end(Buffer.from([0x98, 0x80]))));
console.log(d5.lastNeed, d5.lastTotal, d5.lastChar);
