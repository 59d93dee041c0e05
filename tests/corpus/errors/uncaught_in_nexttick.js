// An uncaught exception in a nextTick callback kills the process before promise callbacks run.
process.nextTick(() => {
  throw new Error('boom in nextTick');
});
Promise.resolve().then(() => console.log('promise (never)'));
console.log('sync end');
