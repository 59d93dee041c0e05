// Sweep (issue 3): a learner's prints, checked against node.
class Temp {
  static unit = 'C';
  static #count = 0;
  #secret = 42;
  [Symbol('tag')] = 'sym';
  constructor(c) { this.c = c; Temp.#count++; }
  get f() { return this.c * 9 / 5 + 32; }
  set f(v) { this.c = (v - 32) * 5 / 9; }
  get onlyGet() { return 1; }
  static get count() { return Temp.#count; }
}
const t = new Temp(20);
Object.defineProperty(t, 'own', { get() { return 'g'; }, enumerable: true });
Object.defineProperty(t, 'both', { get() { return 'b'; }, set(v) {}, enumerable: true });
Object.defineProperty(t, 'setonly', { set(v) {}, enumerable: true });
console.log(t);
console.log(Temp);
console.log([Temp, t]);
console.log(require('util').inspect(t, { getters: true }));
console.log(require('util').inspect(t, { getters: 'get' }));
console.log(require('util').inspect(t, { getters: 'set', showHidden: true }));
