// An exception thrown in the executor becomes a rejection.
new Promise(() => {
  throw new TypeError('executor threw');
}).catch((e) => console.log(e.name, e.message));
console.log('sync continues');
