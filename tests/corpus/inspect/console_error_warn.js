// console.error and console.warn format like console.log on stderr.
console.error('err %d', 1, { e: 1 });
console.warn('warn', [1]);
console.info('info');
console.debug('debug');
