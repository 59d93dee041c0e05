// A tick queued by the first immediate throws while Node drains ticks between immediates.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setImmediate(() => {
  console.log('immediate A');
  process.nextTick(() => {
    console.log('tick from A throws');
    throw new Error('from tick');
  });
  process.nextTick(() => console.log('second tick from A'));
  Promise.resolve().then(() => console.log('promise from A'));
});
setImmediate(() => console.log('immediate B'));
setImmediate(() => console.log('immediate C'));
