// An unhandled rejection from Promise.all of a number: Node's report names Function.all.
console.log('start');
Promise.all(42);
