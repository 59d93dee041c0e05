// With an uncaughtException handler, a throwing nextTick callback does not stop later ticks.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('tick 1 failed'); });
process.nextTick(() => console.log('tick 2 still runs'));
Promise.resolve().then(() => console.log('promise runs'));
