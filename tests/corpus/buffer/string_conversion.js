// Buffers convert to strings through toString(): template literals, concatenation, String().
const buf = Buffer.from('héllo');
console.log(`${buf}`);
console.log('[' + buf + ']');
console.log(String(buf), buf.toString() === String(buf));
console.log([buf.toString('hex')].join());
