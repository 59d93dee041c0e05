// path.relative between absolute and relative paths.
const path = require('path');
const pairs = [['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a/b', '/a/b'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a'], ['/', '/a'], ['/a', '/'], ['a', 'b'], ['a/b', 'a'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['', ''], ['.', 'x'], ['/a/b/', '/a/b/c/']];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), '->', JSON.stringify(path.relative(from, to)));
