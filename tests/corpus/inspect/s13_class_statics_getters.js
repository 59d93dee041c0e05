class Temp {
  static unit = 'C';
  static #secret = 1;
  #c = 0;
  constructor(c) { this.#c = c; this.label = 'temp'; }
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
  static create() { return new Temp(0); }
}
console.log(Temp, new Temp(100), Temp.create(), [Temp]);
console.log(require('util').inspect(new Temp(10), { getters: true, showHidden: true }));
class Child extends Temp { static extra = [1, 2]; }
console.log(Child, new Child(5), Object.getPrototypeOf(Child) === Temp);
