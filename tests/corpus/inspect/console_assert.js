// console.assert prints to stderr only when the assertion fails.
console.assert(true, 'not printed');
console.assert(false, 'printed %s', 'with format');
console.assert(false);
console.assert(false, { obj: 1 });
console.log('stdout continues');
