// exitCode set before the loop ends: handleProcessExit's `??=` keeps it.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
process.exitCode = 5;
await new Promise(() => {});
