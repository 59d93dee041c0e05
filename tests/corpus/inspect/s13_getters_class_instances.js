const util = require('util');
class Account {
  constructor() { this.owner = 'ann'; this._bal = 10; }
  get balance() { return this._bal; }
}
const acc = new Account();
Object.defineProperty(acc, 'own', { get() { return { nested: { deep: 1 } }; }, enumerable: true });
console.log(acc, util.inspect(acc, { getters: true }), util.inspect(acc, { getters: true, depth: 0 }));
const obj = { get fn() { return function named() {}; }, get arr() { return [1, 2]; }, get nul() { return null; }, set only(v) {} };
console.log(util.inspect(obj, { getters: true }));
