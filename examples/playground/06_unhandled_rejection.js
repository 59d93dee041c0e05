// A rejected promise that nobody handles ends the process (Node 15+): exit code 1.
console.log("before");
setTimeout(() => console.log("this timer never runs"), 0);
Promise.reject(new Error("nobody caught me"));
process.nextTick(() => console.log("ticks still run first"));
