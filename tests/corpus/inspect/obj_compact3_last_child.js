// The compact check uses the depth of the most recently entered child.
console.log(require('util').inspect({ a: { b: { c: { d: {} } } }, z: { y: 1 } }, { depth: 10 }));
console.log(require('util').inspect({ z: { y: 1 }, a: { b: { c: { d: { e: 1 } } } } }, { depth: 10 }));
