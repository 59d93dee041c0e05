// Top-level await (ES modules only): the rest of the module waits, the loop keeps turning.
console.log("before await");
setTimeout(() => console.log("timer fires while the module waits"), 0);
await new Promise((resolve) => setTimeout(resolve, 10));
console.log("after await");
