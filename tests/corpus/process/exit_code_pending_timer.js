process.exitCode = 3;
setTimeout(() => { console.log('timer still runs, code', process.exitCode); process.exitCode = 5; }, 5);
process.on('exit', (c) => console.log('exit with', c));
