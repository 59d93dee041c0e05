// A subscriber that throws does not stop the others: the error is rethrown on the next tick.
const dc = require('diagnostics_channel');
const ch = dc.channel('work');
ch.subscribe(() => { throw new Error('subscriber failed'); });
ch.subscribe((m) => console.log('second subscriber', m));
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
ch.publish('job-1');
console.log('after publish');
