// A promise callback queued by a nextTick waits until the whole tick queue is empty.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => console.log('promise from A'));
});
process.nextTick(() => console.log('tick B'));
