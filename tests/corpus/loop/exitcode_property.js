// Setting process.exitCode changes the final exit code without stopping the loop.
process.exitCode = 3;
setTimeout(() => console.log('timer still runs'), 1);
process.on('exit', (code) => console.log('exit', code, process.exitCode));
