// The same lines as "nextTick vs promises", as an ES module: the module body runs inside a
// promise job, so its promise callbacks run before its nextTicks. Switch the mode to
// CommonJS and run again to see the order flip.
Promise.resolve().then(() => console.log("promise"));
process.nextTick(() => console.log("nextTick"));
console.log("module body");
