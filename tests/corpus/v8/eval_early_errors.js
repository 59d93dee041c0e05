// Early errors of code compiled at run time by eval, with the code in a variable.
for (const code of ['break;', 'function f() { continue; }', 'foo: foo: 1;', "'use strict'; with ({}) {}", 'class A { constructor() {} constructor() {} }', 'const o = { get x(a) { return 1; } };', 'function g() { super.x; }', 'let let = 1;', 'const n = 1__0;', "'use strict'; delete x;"]) {
  try {
    eval(code);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
