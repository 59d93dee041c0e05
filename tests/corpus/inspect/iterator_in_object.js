// Iterators inside objects.
console.log({ it: new Map([['k', { v: 1 }]]).entries() });
