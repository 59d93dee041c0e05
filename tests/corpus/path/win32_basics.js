// path.win32: normalize, join, dirname, basename, extname, isAbsolute on Windows paths.
const path = require('path');
const w = path.win32;
console.log(w.sep, w.delimiter, w === path.win32, w.win32 === w, w.posix === path.posix, path.posix.win32 === w);
console.log(Object.keys(w));
for (const p of ['C:\\temp\\\\foo\\bar\\..\\', 'C:////temp\\\\/\\/\\/foo/bar', 'c:/ignore', '\\\\server\\share\\dir\\..\\file',
  '\\\\server\\share', '//server/share/', 'C:', 'C:.', 'C:..\\x', 'foo/../../bar', './a//b/', '\\\\.\\PHYSICALDRIVE0', '', '/']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(w.normalize(p)));
}
console.log(w.join('//server', 'share'), w.join('\\\\\\a', 'b'), w.join('C:', 'foo', '..', 'bar'), w.join(''), w.join('a', '', 'b'));
for (const p of ['C:\\foo\\bar\\baz.txt', 'C:\\', 'C:', 'C:foo', '\\\\server\\share\\x', '\\\\server\\share', 'a\\b\\', 'file.ext', '\\']) {
  console.log(JSON.stringify(p), w.dirname(p), w.basename(p), w.extname(p), w.isAbsolute(p));
}
console.log(w.basename('C:\\foo.html', '.html'), w.basename('C:\\foo.HTML', '.html'), w.basename('aaa\\bbb', 'bbb'), w.basename('C:basename.ext'));
console.log(w.extname('.index'), w.extname('index.'), w.extname('.index.md'), w.extname('C:\\a.b\\c'), w.extname('file.tar.gz'));
