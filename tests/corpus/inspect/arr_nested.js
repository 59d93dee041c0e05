// Nested arrays and the depth limit.
console.log([[1, [2, [3, [4]]]]]);
