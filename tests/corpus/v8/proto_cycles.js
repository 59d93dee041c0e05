// Prototype chains that would loop.
const parent = { kind: 'parent' };
const child = Object.create(parent);
try {
  parent.__proto__ = child;
} catch (e) {
  console.log(e.message);
}
try {
  Object.setPrototypeOf(parent, child);
} catch (e) {
  console.log(e.message);
}
console.log(Reflect.setPrototypeOf(parent, child));
const locked = Object.preventExtensions({ a: 1 });
try {
  locked.__proto__ = {};
} catch (e) {
  console.log(e.message);
}
