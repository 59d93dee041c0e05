// Boxed primitives with own properties.
console.log(Object.assign(new String('ab'), { x: 1 }), Object.assign(new Number(1), { y: 2 }));
