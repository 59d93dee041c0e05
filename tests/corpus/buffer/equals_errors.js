// buf.equals requires a Buffer or Uint8Array.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const a = Buffer.from('abc');
attempt('string', () => a.equals('abc'));
attempt('array', () => a.equals([97, 98, 99]));
attempt('undefined', () => a.equals());
