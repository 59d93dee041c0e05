// A module is evaluated once; later requires return the cached exports.
const c1 = require('./_counter');
const c2 = require('./_counter');
console.log(c1 === c2);
console.log(c1.inc(), c2.inc());
