// An error thrown in a then-callback between two immediates ends the process; its stack ends
// with the loop functions that drained the microtask queue.
setImmediate(() => {
  Promise.resolve().then(() => {
    throw new Error('thrown in a then-callback');
  });
});
setImmediate(() => console.log('never printed'));
