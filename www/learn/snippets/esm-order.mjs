// In an ES module the body itself runs inside a promise job of the module loader:
// promise callbacks run before process.nextTick callbacks.
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('module body');
