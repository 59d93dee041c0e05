// Buffer#slice is a view too (unlike Uint8Array#slice, which copies).
const buf = Buffer.from('abcdef');
const s = buf.slice(2);
s[0] = 0x58;
console.log(buf.toString(), s.toString());
const copy = Uint8Array.prototype.slice.call(buf, 0, 2);
copy[0] = 0x59;
console.log(buf.toString(), copy.constructor.name);
