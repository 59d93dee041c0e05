console.log(['line one\nline two', 'short']);
console.log({ text: 'first\nsecond\nthird', n: 1 });
console.log([['nested\nmulti']], { a: { b: 'x\ny' } });
console.log(['a\n', '\nb', '\n']);
console.log(new Set(['s\nt']), new Map([['k\n', 'v\n']]));
const long = 'word '.repeat(30) + '\n' + 'more '.repeat(5);
console.log({ long });
console.log([long]);
