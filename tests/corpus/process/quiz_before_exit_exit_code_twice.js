process.exitCode = 3;
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) setImmediate(() => console.log('immediate', n));
});
process.on('exit', (code) => console.log('exit', code));
