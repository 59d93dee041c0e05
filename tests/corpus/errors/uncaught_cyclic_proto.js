// A prototype chain that would loop, uncaught.
const a = {};
const b = Object.create(a);
Object.setPrototypeOf(a, b);
