// groupCollapsed behaves like group; extra groupEnd is harmless.
console.groupCollapsed('collapsed', 1);
console.info('info inside');
console.groupEnd();
console.groupEnd();
console.log('done');
