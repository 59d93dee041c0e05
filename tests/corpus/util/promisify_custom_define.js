// A custom promisified form is returned as is, and is marked so promisify finds it again.
const util = require('util');
function legacy(cb) { cb(null, 'legacy'); }
const custom = () => Promise.resolve('custom');
legacy[util.promisify.custom] = custom;
console.log(util.promisify(legacy) === custom, util.promisify(custom) === custom);
const plain = util.promisify((cb) => cb(null, 1));
console.log(typeof plain[util.promisify.custom], plain[util.promisify.custom] === plain);
console.log(Object.getOwnPropertyDescriptor(plain, util.promisify.custom).enumerable);
