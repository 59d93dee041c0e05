// console.group indents everything, including multi-line objects.
console.log('start');
console.group('Group A');
console.log({ a: 1, b: { c: [1, 2, 3] } });
console.group();
console.log('nested', { x: 'y'.repeat(70), z: 1 });
console.error('to stderr');
console.groupEnd();
console.info('back to one level');
console.table([{ a: 1 }]);
console.dir({ dir: true });
console.groupEnd();
console.groupEnd();
console.log('end');
console.groupCollapsed('collapsed');
console.warn('warned');
console.log('multi\nline');
console.groupEnd();
