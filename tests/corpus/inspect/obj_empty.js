// Empty objects and arrays.
console.log({}, [], [{}], { a: {} });
