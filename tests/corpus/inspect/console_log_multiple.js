// console.log joins its arguments with spaces.
console.log('a', 1, true, null, undefined, { b: 2 }, [3]);
console.log();
