class P { #x = 1; static #c = '}'; get x() { return this.#x; } m() { return `}${'{'}` + /}/.source; } }
console.log(P.toString());
function outer() {
  class Inner { n() { return 1 } }
  return Inner;
}
console.log(String(outer));
console.log(String(outer()));
const E = class Named extends P {
  // comment with } brace
  constructor() { super(); /* } */ }
};
console.log(String(E));
console.log(Function.prototype.constructor === Function, (function(){}).constructor === Function);
const AF = (async () => {}).constructor;
console.log(AF.name, AF.length, Object.getPrototypeOf(AF) === Function, AF.prototype === Object.getPrototypeOf(async function(){}));
console.log(String(new AF('a', 'await a')));
const GF = Object.getPrototypeOf(function*(){}).constructor;
console.log(String(GF('yield 1')), GF.name);
console.log(Function.name, Function.length, String(Function), typeof Function.prototype);
console.log(new Function('return 7')(), Function('a', 'return a*2')(4));
console.log((() => {}) instanceof Function, Object.getOwnPropertyNames(Function).sort());
console.log([class A {}, class {}, E]);
console.log(P, E, outer());
class Z { static { this.q = 1; } }
console.log(Z, String(Z));
try { new Function('a', '}'); } catch (e) { console.log(e.name); }
