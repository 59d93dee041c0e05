// ref: false lets the process end without waiting for the timer.
const tp = require('timers/promises');
tp.setTimeout(100, 'never', { ref: false }).then(console.log);
tp.setImmediate('unref immediate', { ref: false }).then(console.log);
process.on('exit', () => console.log('exit'));
