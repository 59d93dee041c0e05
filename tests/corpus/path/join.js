// path.join: joins with '/', normalizes, and returns '.' for nothing.
const path = require('path');
const cases = [[], [''], ['a', 'b'], ['/a', 'b', '../c'], ['a/', '/b/'], ['a', '', 'b'], ['..', 'a'], ['/', '..'], ['a', '.', './b'], ['a//b', 'c///'], ['./'], ['.', '.'], ['foo', '../..'], ['/foo', '../../..']];
for (const args of cases) console.log(JSON.stringify(args), '->', JSON.stringify(path.join(...args)));
try { path.join('a', 1); } catch (e) { console.log(e.code, e.message); }
