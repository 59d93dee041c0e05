// A promise rejected with a string between two timers of one list: the error Node makes for
// it is thrown from processPromiseRejections, which runNextTicks called. (The unref'd timer
// comes first: the first timer a process makes can start a millisecond before the next.)
setTimeout(() => {}, 1000).unref();
setTimeout(() => {
  Promise.reject('oops');
}, 1);
setTimeout(() => {
  console.log('never printed');
}, 1);
