// write validates offset and length against the buffer and the encoding name.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(4);
attempt('offset 5', () => buf.write('a', 5));
attempt('offset -1', () => buf.write('a', -1));
attempt('offset 1.5', () => buf.write('a', 1.5));
attempt('length 5', () => buf.write('a', 0, 5));
attempt('encoding', () => buf.write('a', 0, 1, 'nope'));
attempt('offset 4', () => buf.write('a', 4));
attempt('not a string', () => buf.write(5));
