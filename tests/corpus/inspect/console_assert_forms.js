console.assert(true, 'never shown');
console.assert(false);
console.assert(false, 'with message');
console.assert(false, 'formatted %s and %d', 'str', 42);
console.assert(0, { obj: 1 });
console.assert('', 'empty string is falsy', [1, 2]);
console.assert(null, 123);
console.assert(false, '%o', { a: 1 });
console.log('after asserts');
