// %s of objects without their own toString uses inspect with depth 0.
console.log('%s', { a: { b: 1 } });
console.log('%s', [1, [2, [3]]]);
console.log('%s', new Map([[1, { a: 1 }]]));
