// Converting a Symbol to a BigInt, uncaught.
const key = Symbol('user');
console.log('converting');
const big = BigInt(key);
console.log(big);
