// process.exit(3) exits with code 3 from inside a timer; 'exit' listeners see it.
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => {
  console.log('in timer');
  process.exit(3);
  console.log('never');
}, 1);
