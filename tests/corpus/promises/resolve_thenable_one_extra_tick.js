// Promise.resolve(thenable) calls thenable.then in a separate job, so it settles one tick later than a plain value.
const thenable = { then(resolve) { console.log('then() called'); resolve('thenable'); } };
Promise.resolve(thenable).then((v) => console.log(v));
Promise.resolve('plain').then((v) => console.log(v))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync');
