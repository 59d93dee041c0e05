// process.exit in a timer: 'exit' runs, later callbacks do not.
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => {
  console.log('before exit');
  process.exit(5);
  console.log('never');
}, 1);
setTimeout(() => console.log('never either'), 10);
