// Promise.any fulfils with the first fulfilled input, or rejects with an AggregateError when all reject.
Promise.any([Promise.reject(1), Promise.resolve(2), Promise.resolve(3)]).then((v) => console.log('any', v));
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch((e) => {
  console.log(e.constructor.name, e instanceof AggregateError, JSON.stringify(e.errors));
  console.log(e.message);
});
