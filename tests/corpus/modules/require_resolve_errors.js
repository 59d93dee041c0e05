// require.resolve: a built-in (even one written with node:) resolves to its own name; a
// missing file or unknown node: name is MODULE_NOT_FOUND with the require stack.
const path = require('path');
console.log(path.basename(require.resolve('./_helper')), path.basename(require.resolve('./_data.json')));
console.log(require.resolve('fs'), require.resolve('node:fs'), require.resolve('cluster'), require.resolve('node:test'));
for (const bad of ['./missing-file', 'node:nope', 'left-pad']) {
  try { require.resolve(bad); } catch (e) { console.log(e.code, e.message.split('\n')[0], e.requireStack.length); }
}
try { require.resolve(7); } catch (e) { console.log(e.code, e.message); }
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'), require.resolve.paths('./x').length);
const lookup = require.resolve.paths('lodash');
console.log(lookup.includes('/node_modules'), lookup.at(-1), lookup.every((p) => p.startsWith('/')));
