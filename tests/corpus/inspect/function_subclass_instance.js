// A function made through a subclass of Function (or with a class prototype) names that class.
class H extends Function {}
const h = new H('a', 'return a * 2');
console.log(Object.getPrototypeOf(h) === H.prototype, h.name, h(21), h instanceof H);
console.log(h);
function f() {}
class X {}
Object.setPrototypeOf(f, X.prototype);
console.log(f);
const AsyncFunction = (async function () {}).constructor;
class A2 extends AsyncFunction {}
const a2 = new A2('return 1');
console.log(a2, Object.getPrototypeOf(a2) === A2.prototype);
const plain = Function('return 1');
console.log(plain, Object.getPrototypeOf(plain) === Function.prototype);
