// Buffer.byteLength of a view or ArrayBuffer is its byteLength; other values throw.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
console.log(Buffer.byteLength(new ArrayBuffer(7)));
console.log(Buffer.byteLength(new Uint16Array(3)));
console.log(Buffer.byteLength(new DataView(new ArrayBuffer(5), 1)));
console.log(Buffer.byteLength(Buffer.from('abc')));
attempt('number', () => Buffer.byteLength(5));
attempt('object', () => Buffer.byteLength({}));
