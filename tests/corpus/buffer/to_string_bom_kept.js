// A UTF-8 byte order mark is kept by buf.toString() (TextDecoder would strip it).
const buf = Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]);
const s = buf.toString();
console.log(s.length, s.charCodeAt(0).toString(16));
console.log(JSON.stringify(new TextDecoder().decode(buf)));
