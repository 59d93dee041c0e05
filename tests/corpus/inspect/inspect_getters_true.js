const util = require('util');
class Account {
  constructor() { this._balance = 100; }
  get balance() { return this._balance; }
}
const a = new Account();
const plain = {
  get total() { return 5; },
  get obj() { return { nested: [1, 2] }; },
  get thrower() { throw new Error('nope'); },
  set onlySet(v) {},
  get both() { return 'b'; }, set both(v) {},
};
console.log(util.inspect(a, { getters: true }));
console.log(util.inspect(plain, { getters: true }));
console.log(util.inspect(plain, { getters: 'get' }));
console.log(util.inspect(plain, { getters: 'set' }));
console.log(util.inspect(plain));
