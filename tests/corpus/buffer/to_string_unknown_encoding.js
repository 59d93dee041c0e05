// toString throws ERR_UNKNOWN_ENCODING for unknown names, including "" and null.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.from('a');
attempt('xyz', () => buf.toString('xyz'));
attempt('empty', () => buf.toString(''));
attempt('null', () => buf.toString(null));
attempt('undefined', () => buf.toString(undefined));
attempt('UTF8', () => buf.toString('UTF8'));
