// Booleans, null and undefined at top level and nested.
console.log(true, false, null, undefined);
console.log([true, null, undefined], { u: undefined, n: null });
