// Boxed primitives print as [Type: value].
console.log(new Number(3), new Number(-0), new String('ab'), new Boolean(false), Object(5n), Object(Symbol('q')));
