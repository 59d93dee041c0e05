// showProxy prints the target and handler.
const util = require('util');
console.log(util.inspect(new Proxy({ a: 1 }, { get() {} }), { showProxy: true }));
console.log(util.inspect({ a: { b: { p: new Proxy({}, {}) } } }, { showProxy: true }));
