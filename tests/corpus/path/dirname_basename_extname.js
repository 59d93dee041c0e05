// dirname, basename (with a suffix) and extname on edge cases.
const path = require('path');
const inputs = ['', '/', '//', 'a', '/a', 'a/', '/a/b', '/a/b/', 'a/b.txt', '.bashrc', 'a/.bashrc', 'file.tar.gz', 'file.', 'file..', '..', '.', '/a/b.c/d', 'a//b//'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify(path.dirname(p)), JSON.stringify(path.basename(p)), JSON.stringify(path.extname(p)));
}
console.log(path.basename('/a/b/file.html', '.html'), path.basename('file.html', 'html'), path.basename('.html', '.html'), path.basename('a/b.js/', '.js'), path.basename('aaa', 'a'));
try { path.basename(5); } catch (e) { console.log(e.code, e.message); }
try { path.extname(undefined); } catch (e) { console.log(e.code, e.message); }
