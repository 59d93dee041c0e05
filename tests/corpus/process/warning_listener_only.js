// Removing Node's own 'warning' listener silences the default printing.
const own = process.listeners('warning');
console.log(own.length);
for (const l of own) process.removeListener('warning', l);
process.on('warning', (w) => console.log('mine:', w.message));
process.emitWarning('quiet');
