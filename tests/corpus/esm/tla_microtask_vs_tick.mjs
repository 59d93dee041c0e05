// In an ES module, promise callbacks run before ticks (the module runs inside a microtask).
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 1'));
await null;
console.log('after await null');
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
