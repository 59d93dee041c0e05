// The error is made in another function and thrown from the microtask: the arrow is at new Error.
function make() { return new Error('made elsewhere'); }
queueMicrotask(() => {
  const e = make();
  throw e;
});
