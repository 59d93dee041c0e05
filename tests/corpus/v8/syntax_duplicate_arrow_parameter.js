// Two parameters of an arrow function with the same name.
const pair = (left, right, left) => [left, right];
console.log(pair(1, 2, 3));
