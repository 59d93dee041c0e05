// TextDecoder labels are trimmed and case-insensitive; unknown labels throw.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
for (const label of ['utf-8', ' UTF8 ', 'unicode-1-1-utf-8', 'utf-16le', 'latin1', 'windows-1252', 'ISO-8859-1']) {
  console.log(JSON.stringify(label), new TextDecoder(label).encoding);
}
attempt('nope', () => new TextDecoder('nope'));
attempt('empty', () => new TextDecoder(''));
