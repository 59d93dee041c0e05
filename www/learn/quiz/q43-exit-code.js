process.on('exit', (code) => console.log('exit code', code));
process.exitCode = 4;
console.log('main');
