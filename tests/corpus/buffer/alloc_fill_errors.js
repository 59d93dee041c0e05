// A fill value that encodes to nothing throws ERR_INVALID_ARG_VALUE, unless the size is 0.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('hex zz', () => Buffer.alloc(4, 'zz', 'hex'));
attempt('base64 a', () => Buffer.alloc(4, 'a', 'base64'));
attempt('size 0', () => Buffer.alloc(0, 'zz', 'hex'));
attempt('empty buffer', () => Buffer.alloc(2, Buffer.alloc(0)));
attempt('bad encoding', () => Buffer.alloc(2, 'a', 'nope'));
attempt('number encoding', () => Buffer.alloc(2, 'a', 5));
