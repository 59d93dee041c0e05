// TextDecoder.decode accepts ArrayBuffers, any typed array view and DataViews.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const d = new TextDecoder();
const bytes = Buffer.from('hello world');
console.log(d.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 5)));
console.log(d.decode(new DataView(bytes.buffer, bytes.byteOffset + 6, 5)));
console.log(d.decode(new Uint16Array([0x6968])));
console.log(d.decode(bytes.subarray(2, 4)));
attempt('string', () => d.decode('abc'));
