const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; }, set c(v) {},
  d: 4,
};
console.log(o);
class Temp {
  #c = 20;
  static unit = 'C';
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
}
const t = new Temp();
console.log(t, Object.getOwnPropertyNames(Temp.prototype));
Object.defineProperty(t, 'own', { get() { return 'x'; }, enumerable: true });
Object.defineProperty(t, 'own2', { set(v) {}, enumerable: true });
Object.defineProperty(t, 'own3', { get() { return 'x'; }, set(v) {}, enumerable: true });
console.log(t);
const util = require('util');
console.log(util.inspect(t, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
console.log(util.inspect({ get e() { throw new Error('boom'); } }, { getters: true }));
console.log(util.inspect({ get o() { return { x: { y: { z: 1 } } }; } }, { getters: true }));
