console.group('G');
const e = new Error('grouped'); e.stack = 'Error: grouped\n    at fake (file.js:1:1)';
console.log(e);
console.log([e]);
console.table([{ a: 1 }]);
console.dir({ x: { y: { z: { w: 1 } } } }, { depth: 0 });
console.groupCollapsed('C'); console.log('inside'); console.groupEnd();
console.groupEnd();
