process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => { throw new TypeError('from microtask'); });
Promise.resolve().then(() => console.log('then after'));
process.nextTick(() => console.log('tick'));
