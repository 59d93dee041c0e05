console.dirxml({ a: 1 }, [2], 'three');
console.debug('debug %s', 'x');
console.trace === undefined || console.log(typeof console.trace);
console.log(Object.keys(console).slice(0, 10));
console.log(console.log.name, console.table.length);
