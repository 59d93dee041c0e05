// Own keys of a buffer are its indices; length, byteLength, parent and offset live on the prototype.
const buf = Buffer.from('abc');
console.log(Object.keys(buf), buf.length, buf.byteLength, 'length' in buf, Object.hasOwn(buf, 'length'));
console.log(buf.parent === buf.buffer, buf.offset === buf.byteOffset);
buf.length = 10;
console.log(buf.length);
console.log(Object.getOwnPropertyNames(buf));
