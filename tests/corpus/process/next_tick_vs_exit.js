process.on('exit', () => {
  process.nextTick(() => console.log('tick in exit (never)'));
  console.log('exit handler');
});
process.nextTick(() => console.log('tick'));
setTimeout(() => { console.log('timer'); process.exit(); console.log('after exit'); }, 1);
