// An 'exit' listener's exitCode wins over the unsettled top-level await's 13.
process.on('exit', (code) => { console.log('exit', code); process.exitCode = 4; });
setTimeout(() => console.log('timer'), 5);
await new Promise(() => {});
