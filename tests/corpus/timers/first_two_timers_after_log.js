// After a console.log the millisecond may tick between the first two timers: the immediate can come between them.
console.log('start');
setTimeout(() => console.log('t1'), 0);
setTimeout(() => console.log('t2'), 0);
setImmediate(() => console.log('imm'));
