// An abort rejects the timers/promises promise; unhandled, Node reports it at its own line.
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(100, null, { signal: ac.signal });
setTimeout(() => ac.abort(), 5);
