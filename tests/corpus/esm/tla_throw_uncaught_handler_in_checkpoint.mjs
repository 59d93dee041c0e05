process.on('uncaughtException', (e, origin) => console.log('uE', e.message, origin));
process.on('exit', c => console.log('exit', c));
setTimeout(() => console.log('timer'), 0);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
await null;
console.log('after null');
process.nextTick(() => console.log('tick2'));
throw new Error('after await');
