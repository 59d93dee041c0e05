const a = setImmediate(() => { console.log('A'); clearImmediate(c); setImmediate(() => console.log('D (next iteration)')); process.nextTick(() => console.log('tick after A')); });
const b = setImmediate(() => console.log('B'));
const c = setImmediate(() => console.log('C never'));
setTimeout(() => console.log('T'), 0);
