// A throw inside a zlib callback is an uncaught exception from the poll phase.
const zlib = require('zlib');
process.on('uncaughtException', (err) => console.log('caught:', err.message));
zlib.gzip('x', () => {
  throw new Error('boom in callback');
});
setTimeout(() => console.log('loop goes on'), 20);
