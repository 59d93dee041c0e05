// Async, generator and async generator functions.
console.log(async function af() {}, function* gen() {}, async function* ag() {}, async () => {});
