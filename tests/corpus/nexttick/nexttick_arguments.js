// process.nextTick(fn, ...args) passes the extra arguments to fn.
process.nextTick((a, b) => console.log('sum', a + b), 2, 3);
process.nextTick((...args) => console.log('args', args.length, args.join('|')), 'x', 'y', 'z', 4);
process.nextTick(function () { console.log('no args', arguments.length); });
