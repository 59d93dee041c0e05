// An exception thrown in a callback reaches 'uncaughtException'; the loop goes on.
process.on("uncaughtException", (err) => {
  console.log(`caught: ${err.message}`);
});
setTimeout(() => {
  throw new Error("boom in a timer");
}, 0);
setTimeout(() => console.log("the next timer still runs"), 5);
