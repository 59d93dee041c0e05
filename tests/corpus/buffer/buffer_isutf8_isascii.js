const { isUtf8, isAscii } = require('buffer');
console.log(isUtf8(Buffer.from('hello')), isUtf8(Buffer.from([0xff])), isUtf8(Buffer.from('€')));
console.log(isAscii(Buffer.from('hello')), isAscii(Buffer.from('é')), isAscii(new Uint8Array([0x7f])));
console.log(isUtf8(new ArrayBuffer(2)), isAscii(new Uint8Array(0).buffer));
console.log(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), isUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80])));
try { isUtf8('string'); } catch (e) { console.log(e.code, e.message); }
try { isAscii({}); } catch (e) { console.log(e.code, e.message); }
try { isUtf8(new DataView(new ArrayBuffer(1))); } catch (e) { console.log(e.code, e.message); }
