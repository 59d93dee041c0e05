function f(n) { const arr = [10]; return eval('arr[0] ** n'); }
console.log(f(-5), eval('10 ** -5'), eval(1), eval({ a: 1 }));
const fn = new Function('b', 'let x = 10;\nx **= b;\nreturn [x, 10 ** b];');
console.log(fn(-5), String(fn));
let q = 10; eval('q **= -5'); console.log(q);
console.log(String(() => eval('1 ** 2')), String(function g(a) { a **= 2; return a[0] ** 2; }));
const o = { v: 10 }; o.v **= -5; o['v'] **= 1; console.log(o);
console.log(new Function('return 2 ** -1074')(), (0, eval)('1'));
try { eval('throw new Error("in eval")'); } catch (e) { console.log(e.message); }
