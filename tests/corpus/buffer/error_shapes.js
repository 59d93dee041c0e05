// Node errors from Buffer: code, name, message, String(e), the first stack line and instanceof.
try {
  Buffer.alloc(1).readUInt8(1);
} catch (e) {
  console.log(e.code, e.name, e.message);
  console.log(String(e));
  console.log(e.toString() === String(e), e instanceof RangeError, e instanceof Error);
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e));
}
try {
  Buffer.from('a', 'nope');
} catch (e) {
  console.log(e.code, e.name, e instanceof TypeError, e.stack.split('\n')[0]);
}
