// A deprecated function warns on its first call only, and still does its work.
const util = require('util');
const old = util.deprecate((a, b) => a + b, 'old() is deprecated. Use sum() instead.');
console.log(old(1, 2), old(3, 4), old(5, 6));
const coded = util.deprecate(() => 'x', 'coded is deprecated', 'DEP0404');
coded();
coded();
process.on('warning', (w) => console.log('listener:', w.name, w.code, w.message));
