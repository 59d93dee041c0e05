// require() of bare names looks in node_modules folders up from the requiring file (module.paths):
// a package's "main" (extensions tried), its "exports" (subpaths, patterns, the "require"
// condition), and a folder's package.json "main" or index.js for a relative path.
const path = require('path');
const rel = (file) => path.relative(__dirname, file);
const greet = require('greet');
console.log(greet('node'), greet.where, rel(require.resolve('greet')));
const shout = require('@demo/shout');
console.log(shout('hi'), require('@demo/shout/quiet')('HI'), require('@demo/shout/extra/one'));
console.log(require('dual'), rel(require.resolve('dual')));
console.log(require('./_lib').name, require('./_lib/sub').name);
console.log(module.paths.length > 2, rel(module.paths[0]));
for (const request of ['@demo/shout/secret', 'missing-package']) {
  try {
    require(request);
  } catch (e) {
    console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.'));
  }
}
// A file and a folder of one name: the file wins, unless a trailing slash names the folder.
console.log(require('./_both'), '|', require('./_both/'));
