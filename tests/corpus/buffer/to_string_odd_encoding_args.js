// Non-string encodings are converted with String() before lookup.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
const buf = Buffer.from('hi');
attempt('number', () => buf.toString(1));
attempt('object', () => buf.toString({ toString() { return 'hex'; } }));
attempt('array', () => buf.toString(['base64']));
