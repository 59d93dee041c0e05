// Work scheduled in an 'exit' listener never runs, not even its microtasks.
process.on('exit', () => {
  console.log('exit handler');
  setTimeout(() => console.log('never'), 0);
  process.nextTick(() => console.log('never tick'));
  Promise.resolve().then(() => console.log('never promise?'));
});
