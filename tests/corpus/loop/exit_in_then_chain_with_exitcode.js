Promise.resolve()
  .then(() => { console.log('a'); process.nextTick(() => console.log('tick')); })
  .then(() => { console.log('b'); process.exitCode = 3; process.exit(); console.log('after exit'); })
  .then(() => console.log('c'));
setTimeout(() => console.log('timer'), 0);
process.on('exit', c => console.log('exit code', c));
