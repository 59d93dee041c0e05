// util is already loaded; requiring it twice changes nothing.
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
require('util'); require('node:util');
