// The classic example as an ES module: Start, End, Promise, nextTick, then Immediate before Timeout every time
// (the module body runs from the poll phase, see setimmediate_vs_timeout.mjs).
console.log("Start");
setTimeout(() => console.log("Timeout"), 0);
setImmediate(() => console.log("Immediate"));
process.nextTick(() => console.log("nextTick"));
Promise.resolve().then(() => console.log("Promise"));
console.log("End");
