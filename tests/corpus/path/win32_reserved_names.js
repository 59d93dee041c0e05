// Reserved device names and colons in relative paths: normalize keeps them from reading as drives.
const w = require('path').win32;
for (const p of ['CON:', 'con:foo', 'COM1:\\x', 'LPT9:..\\y', 'aux:', 'nul', 'file:stream', 'a:b:c', 'foo\\..\\c:', 'x\\..\\C:\\y', 'c:..\\..\\d', 'prn:\\']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(w.normalize(p)), JSON.stringify(w.join(p, 'z')));
}
