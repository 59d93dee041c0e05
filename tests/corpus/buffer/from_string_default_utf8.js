// Buffer.from(string) defaults to UTF-8: multi-byte characters take several bytes.
const buf = Buffer.from('héllo wörld €');
console.log(buf);
console.log(buf.length, buf.toString());
console.log(Buffer.from('😀').length, Buffer.from('😀'));
