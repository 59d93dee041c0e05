process.removeAllListeners('warning');
process.on('warning', (w) => console.log('got', w.name, w.message));
process.emitWarning('quiet one');
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
setTimeout(() => console.log('later'), 1);
