// Reading from a buffer too small for the access at all is ERR_BUFFER_OUT_OF_BOUNDS.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('uint8', () => Buffer.alloc(0).readUInt8(0));
attempt('uint32', () => Buffer.alloc(2).readUInt32LE(0));
attempt('double', () => Buffer.alloc(7).readDoubleBE());
attempt('bigint', () => Buffer.alloc(3).readBigUInt64LE(0));
attempt('fraction first', () => Buffer.alloc(2).readUInt32LE(1.5));
