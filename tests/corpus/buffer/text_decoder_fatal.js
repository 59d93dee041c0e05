// With fatal: true, invalid input throws ERR_ENCODING_INVALID_ENCODED_DATA.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const d = new TextDecoder('utf-8', { fatal: true });
console.log(d.fatal, d.decode(Uint8Array.of(0x68, 0x69)));
attempt('ff', () => d.decode(Uint8Array.of(0xff)));
attempt('truncated', () => d.decode(Uint8Array.of(0xe2, 0x82)));
attempt('surrogate', () => d.decode(Uint8Array.of(0xed, 0xa0, 0x80)));
console.log(d.decode(Uint8Array.of(0xe2, 0x82, 0xac)));
