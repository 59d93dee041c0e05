// queueMicrotask and promise callbacks share one queue, in the order they were queued.
queueMicrotask(() => console.log("microtask 1"));
Promise.resolve().then(() => console.log("promise"));
queueMicrotask(() => console.log("microtask 2"));
process.nextTick(() => console.log("nextTick"));
