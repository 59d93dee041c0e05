// Sweep (issue 3): a learner's prints, checked against node.
console.group('Outer');
console.log({ a: 1, b: { c: [1, 2, 3], d: 'x'.repeat(60) }, e: 'y'.repeat(30) });
console.group();
console.log('line1\nline2');
console.error('err in group');
console.table([{ a: 1 }]);
console.dir({ x: { y: { z: { w: 1 } } } });
console.groupEnd();
console.info('back');
console.groupCollapsed('collapsed');
console.warn(new Error('boom').message);
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('top');
