// A spread argument that is not iterable: the arrow is under the spread value, the stack at
// the call.
const limits = { low: 1, high: 9 };
console.log(Math.max(...[1, 2]));
console.log(Math.max(...limits));
