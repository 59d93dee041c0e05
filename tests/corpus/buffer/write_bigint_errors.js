// BigInt writes check the 64-bit range and print the value with an n suffix.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(8);
attempt('int64 2n**63n', () => buf.writeBigInt64LE(2n ** 63n));
attempt('uint64 -1n', () => buf.writeBigUInt64LE(-1n));
attempt('uint64 2n**64n+5n', () => buf.writeBigUInt64BE(2n ** 64n + 5n));
attempt('int64 -(2n**70n)', () => buf.writeBigInt64BE(-(2n ** 70n)));
attempt('offset 1', () => buf.writeBigInt64LE(1n, 1));
attempt('number value', () => buf.writeBigInt64LE(5));
