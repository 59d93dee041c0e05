const o = Object.create(null);
o[Symbol.toStringTag] = 'Custom';
o.a = 1;
console.log(o);
const p = Object.create(null, { [Symbol.toStringTag]: { value: 'Hidden' } });
console.log(p, [p]);
const q = Object.create(null); q.x = { y: Object.create(null) };
console.log(q);
class T { get [Symbol.toStringTag]() { return 'T'; } }
console.log(new T(), Object.setPrototypeOf({ z: 1 }, null));
