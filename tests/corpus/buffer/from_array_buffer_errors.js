// Out-of-range byteOffset or length for Buffer.from(arrayBuffer) throws ERR_BUFFER_OUT_OF_BOUNDS.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const ab = new ArrayBuffer(8);
attempt('offset 9', () => Buffer.from(ab, 9));
attempt('length 9', () => Buffer.from(ab, 0, 9));
attempt('offset 8', () => Buffer.from(ab, 8).length);
attempt('offset -1', () => Buffer.from(ab, -1));
attempt('fractions', () => { const b = Buffer.from(ab, 1.5, 2.5); return [b.byteOffset, b.length]; });
attempt('NaN', () => { const b = Buffer.from(ab, NaN, NaN); return [b.byteOffset, b.length]; });
attempt('strings', () => { const b = Buffer.from(ab, '2', '3'); return [b.byteOffset, b.length]; });
attempt('negative length', () => Buffer.from(ab, 2, -3).length);
