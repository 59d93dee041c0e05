function f() { return arguments; }
console.log(f(), f(1, 'two', { three: 3 }), [f(1)], { args: f(null, undefined) });
function g(a, b) { arguments.extra = true; return arguments; }
console.log(g(1, 2));
function h() { 'use strict'; return arguments; }
console.log(h(1, [2]), Object.prototype.toString.call(h()));
console.log(require('util').inspect(f(1, 2), { showHidden: true }));
console.log(typeof f(), Array.isArray(f()), f(1, 2).length, [...f(5, 6)]);
