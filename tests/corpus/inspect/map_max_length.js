// maxArrayLength limits Map entries.
console.log(require('util').inspect(new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 2 }));
