const util = require('util');
const s1 = Symbol('one'), s2 = Symbol(), s3 = Symbol.for('three');
const o = { [s1]: 1, plain: 2, [s2]: { nested: true }, [s3]: [1, 2] };
console.log(o, util.inspect(o, { depth: 0 }), Object.getOwnPropertySymbols(o));
console.log([s1, s2, s3, Symbol.asyncIterator], new Set([s1]), new Map([[s1, s2]]));
console.log(util.inspect(o, { sorted: true }));
class S { [s1]() {} static [s2] = 1; }
console.log(S, new S(), Object.getOwnPropertySymbols(S.prototype));
console.log(Symbol('with\nnewline'), Symbol("quote'd"), Symbol(''));
