console.log('label:', { a: 1 }, 'x', [1, 2], null, undefined, 3);
console.log({ a: 'x'.repeat(60) }, { b: 1 });
console.log('%c styled %c', 'color: red', 'font-weight: bold', 'after');
console.log('100%', 'literal %', '%%', '%');
console.log('%s:%s', 'only one');
console.error('to stderr', { e: 1 });
console.info('info', [1]); console.debug('debug'); console.warn('warn');
