console.assert(1 === 2, 'math is broken: %d !== %d', 1, 2);
console.assert(false, { reason: 'object first' }, 'and string');
console.assert(undefined);
console.assert(NaN, '');
console.assert(false, new Error('as message').message);
console.assert([] , 'truthy array, never shown');
console.assert(0n, 'bigint zero');
