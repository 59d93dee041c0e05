// StringDecoder normalizes encoding names and rejects unknown ones.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const { StringDecoder } = require('string_decoder');
for (const enc of [undefined, 'utf8', 'UTF-8', 'ucs2', 'binary', 'base64url', 'HEX']) console.log(String(enc), new StringDecoder(enc).encoding);
attempt('nope', () => new StringDecoder('nope'));
const d = new StringDecoder();
console.log(d.write('string passes through'));
attempt('number', () => d.write(5));
