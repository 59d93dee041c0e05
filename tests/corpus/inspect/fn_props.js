function greet(name) { return 'hi ' + name; }
greet.version = '1.0';
greet.meta = { author: 'me' };
console.log(greet);
console.log({ greet });
const arrow = () => {};
arrow.count = 3;
console.log(arrow);
class Service { static instances = 0; static create() {} }
console.log(Service);
class Derived extends Service {}
console.log(Derived, [Derived]);
const anon = (() => function () {})();
console.log(anon);
async function af() {}
async function* agf() {}
function* gf() {}
console.log([af, agf, gf]);
const bound = greet.bind(null);
console.log(bound);
const o = { method() {}, async am() {}, *gm() {}, get g() { return 1; }, ['computed' + 1]() {} };
console.log(o);
console.log(Math.max, Array.prototype.push, Object);
const noName = function () {};
Object.defineProperty(noName, 'name', { value: '' });
console.log(noName);
const sym = { [Symbol('s')]: function () {} };
console.log(sym);
