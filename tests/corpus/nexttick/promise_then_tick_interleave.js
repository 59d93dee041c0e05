// Promises queue ticks, ticks queue promises: the two queues alternate.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('promise from A');
    process.nextTick(() => console.log('tick from promise'));
  });
});
Promise.resolve().then(() => {
  console.log('promise B');
  process.nextTick(() => console.log('tick from B'));
});
Promise.resolve().then(() => console.log('promise C'));
