// An object whose prototype became null keeps the name of the constructor that made it
// (V8's map constructor): not for a derived class's instance, Object.create or a literal.
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = 2; } }
function F() { this.c = 3; }
const f = new Foo(); Object.setPrototypeOf(f, null); console.log(f);
const b = new Bar(); Object.setPrototypeOf(b, null); console.log(b);
const g = new F(); Reflect.setPrototypeOf(g, null); console.log(g);
const h = new Foo(); h.__proto__ = null; console.log(h);
console.log(Object.create(null), { __proto__: null, x: 1 });
const oc = Object.create(Foo.prototype); oc.z = 1; Object.setPrototypeOf(oc, null); console.log(oc);
const k = new Foo(); Object.setPrototypeOf(k, Object.create(null)); console.log(k);
const m = new Foo(); Object.setPrototypeOf(m, {}); console.log(m);
const e = new Foo(); Object.setPrototypeOf(e, null); console.log([e], { e });
const t = new Foo(); t[Symbol.toStringTag] = 'T'; Object.setPrototypeOf(t, null); console.log(t);
const emp = new Foo(); delete emp.a; Object.setPrototypeOf(emp, null); console.log(emp);
const mp = new Map([[1, 2]]); Object.setPrototypeOf(mp, null); console.log(mp);
const arr = [1, 2]; Object.setPrototypeOf(arr, null); console.log(arr);
const lit = { q: 1 }; Object.setPrototypeOf(lit, null); console.log(lit);
class Baz { constructor() { this.w = 1; } }
const bz = new Baz(); Object.setPrototypeOf(bz, Foo.prototype); Object.setPrototypeOf(bz, null); console.log(bz);
const fe = new Foo(); Object.setPrototypeOf(fe, Bar.prototype); console.log(fe);
console.log(Object.setPrototypeOf.name, Object.setPrototypeOf.length, Reflect.setPrototypeOf.length, Object.create.length);
console.log(String(Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set));
