// %s: strings, numbers, -0, bigint, symbols, null, undefined.
console.log('%s|%s|%s|%s|%s|%s|%s', 'str', 42, -0, 5n, Symbol('x'), null, undefined);
