// Resolving a new Promise with another promise costs two extra jobs (NewPromiseResolveThenableJob, then its then).
new Promise((resolve) => resolve(Promise.resolve())).then(() => console.log('resolved with a promise'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
