// Reading an error's stack makes V8 keep the text alone: an unhandled rejection of it is then
// placed at Node's triggerUncaughtException, not at the `new Error` (compare an error whose
// stack was never read: `rejection_*` cases).
const e = new Error('x');
console.log(e.stack.split('\n')[0]);
console.log(Object.keys(e), e.message);
Promise.reject(e);
