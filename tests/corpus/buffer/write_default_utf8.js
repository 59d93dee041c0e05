// buf.write(string) writes UTF-8 from offset 0 and returns the number of bytes written.
const buf = Buffer.alloc(8);
console.log(buf.write('héllo'), buf);
console.log(buf.write('€€€€'), buf);
console.log(Buffer.alloc(0).write('abc'));
