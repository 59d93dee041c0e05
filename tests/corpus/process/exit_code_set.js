// exitCode set by the program is the exit code when the loop ends.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
process.exitCode = 3;
setTimeout(() => console.log('timer still runs'), 1);
