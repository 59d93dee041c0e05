// A require inside a nextTick still runs before the loop starts: the timer is due.
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
process.nextTick(() => { require('assert'); console.log('tick'); });
