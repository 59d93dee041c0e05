// Big out-of-range values are printed with numeric separators; wide types use 2 ** n.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(8);
attempt('uint40', () => buf.writeUIntLE(2 ** 40, 0, 5));
attempt('uint48', () => buf.writeUIntBE(2 ** 48, 0, 6));
attempt('int48', () => buf.writeIntLE(-(2 ** 47) - 1, 0, 6));
attempt('int40', () => buf.writeIntBE(2 ** 39, 0, 5));
attempt('uint16 big', () => buf.writeUInt16LE(-12345678901));
attempt('uint16 1e21', () => buf.writeUInt16LE(-1e21));
attempt('offset big', () => buf.writeUInt16LE(1, 12345678901));
