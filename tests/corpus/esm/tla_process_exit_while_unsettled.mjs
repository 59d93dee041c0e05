// process.exit() without a code while the top-level await waits: handleProcessExit still runs.
process.on('exit', (code) => console.log('exit listener sees', code));
setTimeout(() => process.exit(), 1);
await new Promise(() => {});
