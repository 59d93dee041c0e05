// Calling process.exit(9) inside an 'exit' listener changes the exit code.
process.on('exit', (code) => {
  console.log('exit listener saw', code);
  process.exit(9);
});
console.log('main');
