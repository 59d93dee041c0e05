// Builtin functions.
console.log(Math.max, [parseInt, Array.isArray], Object);
