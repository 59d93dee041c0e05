// Sweep (issue 3): a learner's prints, checked against node.
class Config {
  static defaults = { debug: false, level: 3 };
  static #hidden = 1;
  static helper() {}
  static { Config.initialized = true; }
  #priv() {}
  method() {}
}
console.log(Config);
console.log(Object.keys(Config), Config.defaults);
class Empty {}
console.log(Empty, new Empty(), [new Empty()], { e: new Empty() });
const Anon = class {};
console.log(Anon, new Anon());
const obj = { Klass: class {} };
console.log(obj, new obj.Klass());
class WithToString { toString() { return 'custom str'; } }
console.log(new WithToString(), `${new WithToString()}`, String(new WithToString()), [new WithToString()] + '');
