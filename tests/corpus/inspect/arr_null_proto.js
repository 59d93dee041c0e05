// A null-prototype array.
console.log(Object.setPrototypeOf([1, 2], null));
