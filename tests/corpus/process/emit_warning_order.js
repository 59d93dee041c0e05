// The 'warning' event is emitted in a nextTick, after ticks queued before it.
process.on('warning', (w) => console.log('warning', w.message));
process.nextTick(() => console.log('tick 1'));
process.emitWarning('w');
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
console.log('main');
