// process.exitCode set in beforeExit and seen by exit.
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (process.exitCode === undefined) process.exitCode = 3;
});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer'), 1);
