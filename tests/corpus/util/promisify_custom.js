// promisify with util.promisify.custom, and a node-style function.
const util = require('util');
function legacy(x, cb) { setImmediate(() => cb(null, x + 1)); }
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(legacy)(1).then((v) => console.log('legacy', v));
util.promisify(custom)().then((v) => console.log(v));
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), util.promisify(custom) === custom[util.promisify.custom]);
