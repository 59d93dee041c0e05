// The famous puzzle: returning a promise from then() delays the next link by two extra jobs: prints 0 1 2 3 4 5 6.
Promise.resolve().then(() => {
  console.log(0);
  return Promise.resolve(4);
}).then((x) => console.log(x));

Promise.resolve().then(() => console.log(1))
  .then(() => console.log(2))
  .then(() => console.log(3))
  .then(() => console.log(5))
  .then(() => console.log(6));
