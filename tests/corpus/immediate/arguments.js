// Extra setImmediate arguments are passed to the callback.
setImmediate((a, b, c) => console.log(a, b, c), 'one', 2, [3]);
setImmediate((...args) => console.log('count', args.length));
