// Reads check the offset: a number, an integer, and inside the buffer.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(4);
attempt('8 of 4', () => buf.readUInt8(4));
attempt('-1', () => buf.readUInt16LE(-1));
attempt('1.5', () => buf.readUInt32LE(1.5));
attempt('NaN', () => buf.readInt8(NaN));
attempt('Infinity', () => buf.readInt16BE(Infinity));
attempt('string', () => buf.readUInt8('1'));
attempt('null', () => buf.readUInt8(null));
attempt('too far', () => buf.readUInt32BE(1));
attempt('double', () => buf.readDoubleLE(0));
attempt('bigint', () => buf.readBigInt64LE());
attempt('big offset', () => buf.readUInt16LE(2 ** 33));
attempt('huge', () => buf.readUInt16LE(1e21));
