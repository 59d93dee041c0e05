// Classes made by code compiled from a string (eval, new Function, vm) print their own text,
// as V8 keeps it for every class.
const vm = require('node:vm');

const A = eval('(class A { constructor() { this.x = 1; } })');
console.log(A, String(A));
eval('class B extends A { m() { return 2; } }; console.log(B, B.toString())');

// Two classes of one name, told apart by their methods.
const Shape1 = eval('(class Shape { area() { return 1; } })');
const Shape2 = eval('(class Shape { perimeter() { return 4; } })');
console.log(Shape1.toString());
console.log(Shape2.toString());

const C = new Function('return class C { static get id() { return "c"; } }')();
console.log(C, `${C}`, C.id);
const Maker = new Function('base', 'return class extends base {\n  hello() {}\n}');
const Made = Maker(A);
console.log(Made, Made.toString());

const D = vm.runInNewContext('class D { static s = 1; get v() { return 1; } }; D');
console.log(D, D.toString());
const ctx = vm.createContext({});
vm.runInContext('var Point = class Point {\n  constructor(x, y) { this.x = x; this.y = y; }\n}', ctx);
console.log(ctx.Point.toString());
console.log(new ctx.Point(1, 2));

const E = (0, eval)('(class { })');
console.log(E, E.toString(), [E]);
const K = eval('const K = class { run() {} }; K');
console.log(K.name, K.toString());
console.log(eval('(function f(a, b) { return a + b; })').toString());
