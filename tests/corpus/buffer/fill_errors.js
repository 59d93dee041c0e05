// fill validates offset, end and encoding, and rejects values that encode to nothing.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(4);
attempt('offset -1', () => buf.fill('a', -1));
attempt('offset 1.5', () => buf.fill('a', 1.5));
attempt('end 5', () => buf.fill('a', 0, 5));
attempt('offset null', () => buf.fill('a', null));
attempt('bad encoding', () => buf.fill('a', 'nope'));
attempt('number encoding', () => buf.fill('a', 0, 4, 5));
attempt('invalid hex', () => buf.fill('zz', 'hex'));
attempt('empty buffer', () => buf.fill(Buffer.alloc(0)));
attempt('empty uint8array', () => buf.fill(new Uint8Array(0)));
attempt('string offset', () => buf.fill(0, '1'));
