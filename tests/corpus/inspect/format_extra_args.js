// Extra arguments are appended, strings raw, others inspected.
console.log('%s:', 'a', 'b', 1, { c: 2 }, [3]);
