// readUIntLE & co. need a byteLength from 1 to 6 and an explicit offset.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.alloc(8);
attempt('7', () => buf.readUIntLE(0, 7));
attempt('0', () => buf.readIntBE(0, 0));
attempt('1.5', () => buf.readUIntBE(0, 1.5));
attempt('missing', () => buf.readUIntLE(0));
attempt('string', () => buf.readIntLE(0, '2'));
attempt('no offset', () => buf.readUIntLE());
attempt('offset too far', () => buf.readIntBE(3, 6));
