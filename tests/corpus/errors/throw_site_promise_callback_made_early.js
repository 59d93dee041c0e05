// An error thrown inside a promise callback, made outside.
const failure = new TypeError('not allowed');
Promise.resolve().then(() => {
  throw failure;
});
