// A nextTick queued from the first link of a then chain runs only after the whole chain (all microtasks) is done.
Promise.resolve()
  .then(() => {
    console.log('then 1');
    process.nextTick(() => console.log('nextTick'));
  })
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
