process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => { console.log('exit', code); setTimeout(() => console.log('never'), 0); });
setTimeout(() => console.log('timeout'), 1);
