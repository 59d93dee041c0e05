// A module required before the timer is armed delays nothing the timer measures.
const zlib = require('zlib');
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
