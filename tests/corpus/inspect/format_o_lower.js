// %o: showHidden, depth 4, functions with their properties.
console.log('%o', { a: [1, 2, 3] });
console.log('%o', [1, 2]);
console.log('%o', function foo() {});
console.log('%o', { f: function bar(a, b) {} });
console.log('%o', 'string');
console.log('%o', 42);
console.log('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log('%O', { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log('%o and %O', { x: 1 }, { y: 2 });
