// Promise.any where all reject: AggregateError with the reasons in e.errors.
Promise.any([Promise.reject(new Error('a')), Promise.reject(2)]).catch((e) => {
  console.log(e.name);
  console.log(e.message);
  console.log(e instanceof AggregateError, e instanceof Error);
  console.log(e.errors.length, e.errors[0].message, e.errors[1]);
});
