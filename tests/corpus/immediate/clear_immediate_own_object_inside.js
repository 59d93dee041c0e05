// Calling clearImmediate on the immediate that is currently running is harmless.
const im = setImmediate(() => {
  clearImmediate(im);
  console.log('ran once');
});
setImmediate(() => console.log('next'));
