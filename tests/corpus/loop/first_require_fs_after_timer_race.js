// fs is loaded at node's start-up: requiring it costs little, and the race stays open.
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
require('fs');
