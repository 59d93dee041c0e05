// Buffer.compare requires two Buffers or Uint8Arrays.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('string', () => Buffer.compare('a', Buffer.from('a')));
attempt('second', () => Buffer.compare(Buffer.from('a'), [1]));
