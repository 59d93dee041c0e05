// Sweep (issue 3): a learner's prints, checked against node.
console.log();
console.log('');
console.log('%s');
console.log('%d');
console.log(undefined);
console.log(null, undefined);
console.info('info'); console.debug('debug');
console.assert(true, 'never');
console.assert(false, 'assert %s', 'formatted', { x: 1 });
console.assert(false);
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.log('a', 1, true, null, [1], { a: 1 }, () => {});
console.log(Symbol('s'), Symbol(), Symbol.iterator, Symbol.for('f'));
console.log([Symbol('in')], { s: Symbol('v') });
