// A null-prototype object named by its own Symbol.toStringTag (V8's GetConstructorName).
console.log({ __proto__: null, [Symbol.toStringTag]: 'T', a: 1 });
const o = Object.create(null); Object.defineProperty(o, Symbol.toStringTag, { value: 'Hid' }); o.b = 2; console.log(o);
const p = Object.create(null, { [Symbol.toStringTag]: { get() { return 'G'; } } }); console.log(p);
