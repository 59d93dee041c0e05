// Object.getOwnPropertyNames and Reflect.ownKeys of the built-ins list their keys in V8's
// order (constructor first on a prototype; length, name, prototype first on a constructor).
console.log(Object.getOwnPropertyNames(Array.prototype));
console.log(Object.getOwnPropertyNames(String.prototype));
console.log(Object.getOwnPropertyNames(Object.prototype));
console.log(Object.getOwnPropertyNames(Object));
console.log(Object.getOwnPropertyNames(Math));
for (const [name, value] of Object.entries({
  'Number.prototype': Number.prototype, 'Function.prototype': Function.prototype, JSON,
  'Promise.prototype': Promise.prototype, Promise, 'Map.prototype': Map.prototype,
  'Set.prototype': Set.prototype, String, Number, Array, 'Error.prototype': Error.prototype,
  'RegExp.prototype': RegExp.prototype, 'Date.prototype': Date.prototype, Reflect, Symbol,
  'Symbol.prototype': Symbol.prototype, 'Boolean.prototype': Boolean.prototype,
  'BigInt.prototype': BigInt.prototype, Date, 'WeakMap.prototype': WeakMap.prototype,
}))
  console.log(name, Object.getOwnPropertyNames(value).join());

Array.prototype.last = function () { return this[this.length - 1]; };
console.log(Object.getOwnPropertyNames(Array.prototype).slice(-3), [1, 2].last());
console.log(Reflect.ownKeys(Array.prototype).slice(0, 3), Reflect.ownKeys(Array.prototype).slice(-3));
const re = /x/g;
re.exec('x');
console.log(re.lastIndex, Object.keys(RegExp.prototype), 'lastIndex' in RegExp.prototype);
class A { m() {} static s() {} }
console.log(Object.getOwnPropertyNames(A.prototype), Object.getOwnPropertyNames(A));
