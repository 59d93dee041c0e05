// A function with a null prototype.
console.log(Object.setPrototypeOf(function g() {}, null));
