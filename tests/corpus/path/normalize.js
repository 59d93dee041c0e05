// path.normalize: dots, repeated slashes, trailing slash kept.
const path = require('path');
for (const p of ['', '.', './', '..', '../', '/..', '//a//b/', 'a/b/../../..', '/a/b/./c/../d', 'a/./b/.', './a', 'a/..', 'a/../', '/foo/bar//baz/asdf/quux/..', '...', 'a/.../b', '//', '///a']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
}
