// An 'exit' listener may change the code through process.exitCode.
process.on('exit', (code) => {
  console.log('exit listener sees', code);
  process.exitCode = 9;
});
setImmediate(() => console.log('immediate'));
