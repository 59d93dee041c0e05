// process.exit() ends the process at once: pending nextTicks, promises, timers and immediates never run.
setTimeout(() => console.log('timer (never)'), 0);
setImmediate(() => console.log('immediate (never)'));
process.nextTick(() => console.log('nextTick (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
console.log('exiting');
process.exit();
