// Throwing (or returning a rejected promise) inside finally() replaces the outcome.
Promise.resolve('value')
  .finally(() => { throw new Error('from finally'); })
  .then((v) => console.log('never', v), (e) => console.log('rejected:', e.message));
