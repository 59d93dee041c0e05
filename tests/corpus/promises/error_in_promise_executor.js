// A throw in a Promise executor, after resolve, and in a then handler.
new Promise((resolve) => {
  resolve('first');
  throw new Error('ignored after resolve');
}).then((v) => console.log('resolved', v));
new Promise(() => {
  throw new Error('executor throw');
}).catch((e) => console.log('caught', e.message));
Promise.resolve(1)
  .then(() => { throw new Error('then throw'); })
  .then(() => console.log('skipped'))
  .catch((e) => console.log('caught', e.message))
  .finally(() => console.log('finally'));
