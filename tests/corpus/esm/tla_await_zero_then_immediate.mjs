process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => console.log('micro 1'));
console.log('body start');
await 0;
console.log('after await 0');
process.nextTick(() => console.log('tick 2'));
queueMicrotask(() => console.log('micro 2'));
await new Promise(r => setImmediate(r));
console.log('after immediate');
