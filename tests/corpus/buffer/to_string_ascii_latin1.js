// ascii decoding clears the top bit; latin1 maps each byte to U+0000..U+00FF.
const buf = Buffer.from([0x41, 0x80, 0xc3, 0xa9, 0xff, 0x7f]);
console.log(JSON.stringify(buf.toString('ascii')));
console.log(JSON.stringify(buf.toString('latin1')));
console.log(JSON.stringify(buf.toString('binary')));
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
console.log(Buffer.from(all.toString('latin1'), 'latin1').equals(all));
