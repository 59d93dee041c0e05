// indexOf, lastIndexOf and includes find strings (utf8 by default).
const buf = Buffer.from('this is a buffer, a buffer');
console.log(buf.indexOf('this'), buf.indexOf('is'), buf.indexOf('buffer'), buf.indexOf('nope'));
console.log(buf.lastIndexOf('buffer'), buf.lastIndexOf('is'), buf.lastIndexOf('t'));
console.log(buf.includes('a buf'), buf.includes('zzz'));
console.log(Buffer.from('€uro €').indexOf('€', 1), Buffer.from('€uro €').lastIndexOf('€'));
