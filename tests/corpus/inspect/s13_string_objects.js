const s = new String('abc'); s.extra = 1;
console.log(s, [s], new String(''), Object('x'), new String('it\'s'));
console.log(require('util').inspect(new String('ab'), { showHidden: true }));
class MyStr extends String {}
console.log(new MyStr('sub'), typeof new String('x'));
console.log(new Boolean(false), new Number(3.14), Object(Symbol('bx')), [new Boolean(true)]);
