// The classic example. Many tutorials claim: Start, End, nextTick, Timeout, Immediate.
// Really Start, End, nextTick are fixed; Timeout and Immediate race when scheduled from the main module.
console.log("Start");
setTimeout(() => console.log("Timeout"), 0);
setImmediate(() => console.log("Immediate"));
process.nextTick(() => console.log("nextTick"));
console.log("End");
