// Integer writes reject values outside the type's range.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(8);
attempt('uint8 256', () => buf.writeUInt8(256));
attempt('uint8 -1', () => buf.writeUInt8(-1));
attempt('int8 128', () => buf.writeInt8(128));
attempt('uint16 65536', () => buf.writeUInt16LE(65536));
attempt('int16 -32769', () => buf.writeInt16BE(-32769));
attempt('uint32 2**32', () => buf.writeUInt32BE(2 ** 32));
attempt('int32 2**31', () => buf.writeInt32LE(2 ** 31));
attempt('uint8 255.5', () => buf.writeUInt8(255.5));
attempt('uint16 -0.5', () => buf.writeUInt16LE(-0.5));
attempt('uint16 -1e-7', () => buf.writeUInt16LE(-1e-7));
attempt('uint16 Infinity', () => buf.writeUInt16LE(Infinity));
