// %o inspects with showHidden and depth 4.
console.log('%o', { a: [1, 2], f: function named() {} });
