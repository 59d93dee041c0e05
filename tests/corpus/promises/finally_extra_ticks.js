// finally() takes more jobs than then(): its callback result is wrapped in a promise and then re-chained.
Promise.resolve().finally(() => console.log('finally cb')).then(() => console.log('after finally'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2'))
  .then(() => console.log('t3')).then(() => console.log('t4'));
