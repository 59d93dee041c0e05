// A nextTick queued from a promise callback waits until the microtask queue is empty;
// a promise queued from a nextTick waits until the tick queue is empty.
process.nextTick(() => {
  console.log("tick 1");
  Promise.resolve().then(() => console.log("promise from tick 1"));
  process.nextTick(() => console.log("tick from tick 1"));
});
Promise.resolve().then(() => {
  console.log("promise 1");
  process.nextTick(() => console.log("tick from promise 1"));
  Promise.resolve().then(() => console.log("promise from promise 1"));
});
