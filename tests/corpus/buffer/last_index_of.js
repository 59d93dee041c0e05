// lastIndexOf searches backwards from byteOffset (default: the end).
const buf = Buffer.from('aXbXcX');
console.log(buf.lastIndexOf('X'), buf.lastIndexOf('X', 4), buf.lastIndexOf('X', 3), buf.lastIndexOf('X', 0));
console.log(buf.lastIndexOf('X', -2), buf.lastIndexOf('X', -7), buf.lastIndexOf('X', 100));
console.log(buf.lastIndexOf('cX', 5), buf.lastIndexOf('cX', 3), buf.lastIndexOf(0x58, 2));
