// buffer.isUtf8 and buffer.isAscii validate bytes.
const { isUtf8, isAscii } = require('buffer');
console.log(isUtf8(Buffer.from('héllo')), isUtf8(Buffer.from([0xff])), isUtf8(Buffer.from([0xed, 0xa0, 0x80])), isUtf8(new ArrayBuffer(2)));
console.log(isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')), isAscii(new Uint8Array([0x7f])), isAscii(Buffer.alloc(0)));
try { isUtf8('abc'); } catch (e) { console.log(e.code, e.message); }
