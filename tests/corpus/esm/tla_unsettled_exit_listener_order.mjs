// run_main's handleProcessExit is the first 'exit' listener while the top-level await waits.
console.log(process.listeners('exit').map((f) => f.name));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
