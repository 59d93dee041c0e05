console.log(new Number(5), new String('str'), new Boolean(false));
console.log(Object(1n), Object(Symbol('sym')));
console.log(new Number(-0), new Number(NaN));
console.log([new String('ab')], { b: new Boolean(true) });
const s = new String('hello');
s.extra = 1;
console.log(s);
console.log(typeof new Number(1), new Number(1) + 1);
console.log(Object('x'), Object(2));
