// An immediate created from a promise callback still runs after every pending microtask and nextTick.
Promise.resolve().then(() => {
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick from promise'));
}).then(() => console.log('second then'));
console.log('sync');
