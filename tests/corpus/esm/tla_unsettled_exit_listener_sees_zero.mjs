// A top-level await that never settles: 'beforeExit' and 'exit' still fire; the listener gets
// 0 while process.exitCode is already 13 (run_main.js's handleProcessExit listened first).
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('start');
await new Promise(() => {});
console.log('never');
