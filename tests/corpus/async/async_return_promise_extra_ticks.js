// An async function that returns a promise settles later (two extra jobs) than one that returns a plain value.
async function returnsValue() { return 'value'; }
async function returnsPromise() { return Promise.resolve('promise'); }
returnsPromise().then((v) => console.log('returned', v));
returnsValue().then((v) => console.log('returned', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'))
  .then(() => console.log('tick 3')).then(() => console.log('tick 4'));
