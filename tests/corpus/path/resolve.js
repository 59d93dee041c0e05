// path.resolve: right to left until absolute, relative to cwd otherwise (printed relative to cwd).
const path = require('path');
const cwd = process.cwd();
const show = (p) => (p.startsWith(cwd) ? `<cwd>${p.slice(cwd.length)}` : p);
for (const args of [[], ['a'], ['/a', 'b'], ['/a', '/b', 'c'], ['a', '../b', 'x'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'], ['/', '..', '..'], [''], ['.']]) {
  console.log(JSON.stringify(args), '->', show(path.resolve(...args)));
}
try { path.resolve(null); } catch (e) { console.log(e.code, e.message); }
