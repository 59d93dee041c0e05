// compact 3: up to three inner levels are combined on one line.
console.log({ a: { b: { c: {} } } });
console.log({ x: 1, y: { z: { w: { v: 1 } } } });
console.log(require('util').inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 10 }));
