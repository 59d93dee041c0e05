process.on('exit', (c) => console.log('exit', c));
Promise.resolve().then(() => {
  console.log('in then');
  process.exit();
}).then(() => console.log('never'));
process.exitCode = 7;
setTimeout(() => console.log('never timer'), 0);
