process.exitCode = 4;
process.on('exit', (code) => {
  console.log('exit listener sees', code, process.exitCode);
  process.exitCode = 6;
});
process.on('exit', (code) => console.log('second listener sees', code, process.exitCode));
setTimeout(() => console.log('timer'), 2);
