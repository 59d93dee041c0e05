// V8's constructor name of an object whose chain has no usable constructor: a tag or a prototype's named constructor.
const q = Object.setPrototypeOf({ y: 2 }, Object.create(null, { constructor: { value: function Z(){} } }));
console.log(q);
const t = Object.setPrototypeOf({ y: 2 }, Object.create(null, { [Symbol.toStringTag]: { value: 'Tagged' } }));
console.log(t);
const o = Object.setPrototypeOf({ y: 2 }, Object.create(null, { constructor: { value: function Object(){} } }));
console.log(o);
const own = Object.setPrototypeOf({ constructor: function Own() {} }, Object.create(null));
console.log(own);
const fn = function () {}; Object.setPrototypeOf(fn, Object.create(null)); console.log(fn);
