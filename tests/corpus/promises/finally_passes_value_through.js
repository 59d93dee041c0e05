// finally() gets no argument, its return value is ignored and the original value or reason passes through.
Promise.resolve('kept')
  .finally((...args) => { console.log('finally args', args.length); return 'ignored'; })
  .then((v) => console.log('then', v));
Promise.reject(new Error('reason'))
  .finally(() => console.log('finally on rejection'))
  .catch((e) => console.log('catch', e.message));
