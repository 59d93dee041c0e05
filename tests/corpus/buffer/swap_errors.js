// swap needs a length that is a multiple of the group size.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('swap16', () => Buffer.alloc(3).swap16());
attempt('swap32', () => Buffer.alloc(6).swap32());
attempt('swap64', () => Buffer.alloc(12).swap64());
attempt('empty', () => Buffer.alloc(0).swap64().length);
