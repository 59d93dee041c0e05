setImmediate(() => { console.log('i1'); process.nextTick(() => console.log('tick i1')); setImmediate(() => console.log('i3 (next loop)')); });
setImmediate(() => { console.log('i2'); Promise.resolve().then(() => console.log('micro i2')); });
