// The same lines in a CommonJS script: nextTick comes first.
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('script body');
