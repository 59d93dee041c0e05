// depth: Infinity on a deep chain.
let o = { v: 0 };
for (let i = 1; i < 12; i++) o = { v: i, next: o };
console.log(require('util').inspect(o, { depth: Infinity }));
