// A deprecation warning printed through the 'warning' listener, and util.deprecate's once-only rule.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const old = util.deprecate(() => 'result', 'old() is deprecated', 'DEP_OLD');
console.log(old(), old());
setImmediate(() => console.log('immediate'));
