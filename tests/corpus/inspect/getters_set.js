const util = require('util');
const o = {
  _v: 1,
  get ro() { return 'read only'; },
  get rw() { return this._v; }, set rw(x) { this._v = x; },
  set wo(x) {},
  get obj() { return { nested: [1, 2] }; },
  get boom() { throw new Error('nope'); },
};
console.log(util.inspect(o, { getters: 'set' }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: true }));
console.log(o);
