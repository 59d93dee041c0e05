// 'beforeExit' fires when the loop runs out of work, then 'exit' follows.
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 1);
console.log('main done');
