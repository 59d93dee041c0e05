// process.emitWarning is emitted on the next tick.
process.on('warning', (w) => console.log('warning event', w.name, w.message));
process.emitWarning('careful', 'CustomWarning');
console.log('after emitWarning');
process.nextTick(() => console.log('tick queued after the warning'));
