// process.nextTick's queue is drained completely before the promise (microtask) queue,
// even when the promise callbacks were queued first.
Promise.resolve().then(() => console.log("promise 1"));
Promise.resolve().then(() => console.log("promise 2"));
process.nextTick(() => console.log("nextTick 1"));
process.nextTick(() => console.log("nextTick 2"));
console.log("main done");
