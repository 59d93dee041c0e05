// Ticks queued from an 'exit' listener never run.
process.on('exit', () => {
  console.log('exit');
  process.nextTick(() => console.log('never'));
});
process.nextTick(() => console.log('tick'));
