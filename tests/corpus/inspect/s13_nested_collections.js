const m = new Map([['users', new Map([['ann', { age: 30, tags: new Set(['a', 'b']) }]])]]);
console.log(m);
console.log(new Set([new Set([new Set([1])])]), [new Map([[new Map(), new Set()]])]);
console.log({ cache: new Map([[1, [1, 2, [3, [4]]]]]) });
console.log(require('util').inspect(m, { depth: Infinity }));
