// All promise callbacks, including ones chained later, run before a 0ms timer.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('then 1')).then(() => {
  console.log('then 2');
  return Promise.resolve().then(() => console.log('inner then'));
}).then(() => console.log('then 3'));
