// process.exitCode = 2: the script finishes normally, the exit code is 2, nothing on stderr.
process.exitCode = 2;
console.log('finished with exitCode set');
