// Writes check the offset; writeUInt8 checks its type before the value.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(4);
attempt('uint8 offset 4', () => buf.writeUInt8(1, 4));
attempt('uint8 offset 1.5', () => buf.writeUInt8(1, 1.5));
attempt('uint8 offset string', () => buf.writeUInt8(1000, 'x'));
attempt('uint16 value first', () => buf.writeUInt16LE(100000, 'x'));
attempt('uint32 offset 1', () => buf.writeUInt32LE(1, 1));
attempt('double', () => buf.writeDoubleLE(1));
attempt('float offset NaN', () => buf.writeFloatBE(1, NaN));
attempt('uintle byteLength', () => buf.writeUIntLE(1, 0, 7));
attempt('uintle no byteLength', () => buf.writeUIntLE(1, 0));
attempt('uintle no offset', () => buf.writeUIntLE(1, undefined, 2));
