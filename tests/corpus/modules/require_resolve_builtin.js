// require.resolve of a built-in returns its name unchanged.
console.log(require.resolve('path'), require.resolve('node:path'), require.resolve('node:timers'));
