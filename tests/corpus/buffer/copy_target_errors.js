// copy requires a Buffer or Uint8Array target.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const src = Buffer.from('abc');
attempt('array', () => src.copy([]));
attempt('string', () => src.copy('xyz'));
