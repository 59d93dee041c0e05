// A Buffer is a Uint8Array subclass; plain Uint8Arrays print differently.
const buf = Buffer.from([1, 2]);
console.log(buf instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Object.prototype.toString.call(buf), buf.constructor.name, buf.constructor === Buffer);
console.log(new Uint8Array([1, 2]));
console.log(ArrayBuffer.isView(buf), buf.BYTES_PER_ELEMENT, buf.byteLength);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array);
