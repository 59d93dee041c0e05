// path.win32.parse and format, including UNC and drive roots.
const w = require('path').win32;
for (const p of ['C:\\path\\dir\\file.txt', '\\\\server\\share\\file.txt', '\\\\server\\share', 'C:', 'C:\\', 'C:abc', '\\foo\\.bashrc',
  'relative\\dir\\', '.', '..', 'file', '\\\\?\\C:\\x']) {
  const parsed = w.parse(p);
  console.log(JSON.stringify(p), parsed, JSON.stringify(w.format(parsed)));
}
console.log(w.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: 'ignored' }));
console.log(w.format({ root: 'C:\\', name: 'file', ext: 'txt' }));
console.log(w.format({ dir: 'a', name: 'b', ext: '.c' }));
try { w.format(null); } catch (e) { console.log(e.code, e.message); }
try { w.parse(42); } catch (e) { console.log(e.code, e.message); }
