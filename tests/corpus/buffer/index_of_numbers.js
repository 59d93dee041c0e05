// A number needle matches one byte: value >>> 0, modulo 256.
const buf = Buffer.from([0x61, 0x62, 0xff, 0x00, 0x62]);
console.log(buf.indexOf(0x62), buf.lastIndexOf(0x62), buf.indexOf(0x62, 2));
console.log(buf.indexOf(0x162), buf.indexOf(-1), buf.indexOf(255), buf.indexOf(98.7), buf.indexOf(0));
console.log(buf.includes(0x100), buf.includes(256 + 0x61));
