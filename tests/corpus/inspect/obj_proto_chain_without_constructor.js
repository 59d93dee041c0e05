// An object whose prototype chain has no constructor.
console.log(Object.create(Object.create(null)));
