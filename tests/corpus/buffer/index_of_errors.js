// indexOf rejects needles that are not strings, numbers or Uint8Arrays, and unknown encodings.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.from('abc');
attempt('object', () => buf.indexOf({}));
attempt('null', () => buf.indexOf(null));
attempt('array', () => buf.indexOf([97]));
attempt('encoding', () => buf.indexOf('a', 0, 'nope'));
attempt('encoding as offset', () => buf.indexOf('a', 'nope'));
attempt('buffer + unknown encoding', () => buf.indexOf(Buffer.from('b'), 0, 'nope'));
attempt('boolean', () => buf.includes(true));
