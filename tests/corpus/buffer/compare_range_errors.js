// compare validates each range argument with its own name.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const a = Buffer.from('abc');
attempt('targetStart -1', () => a.compare(a, -1));
attempt('targetEnd 4', () => a.compare(a, 0, 4));
attempt('sourceStart 1.5', () => a.compare(a, 0, 3, 1.5));
attempt('sourceEnd 9', () => a.compare(a, 0, 3, 0, 9));
attempt('string', () => a.compare(a, '1'));
attempt('target', () => a.compare('abc'));
