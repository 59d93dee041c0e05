// CommonJS twin of classic_loop_example.mjs: nextTick before Promise, and Timeout vs Immediate is a race.
console.log("Start");
setTimeout(() => console.log("Timeout"), 0);
setImmediate(() => console.log("Immediate"));
process.nextTick(() => console.log("nextTick"));
Promise.resolve().then(() => console.log("Promise"));
console.log("End");
