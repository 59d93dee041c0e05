const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(100, null, { signal: ac.signal }).then(() => console.log('slept'), (e) => console.log('aborted:', e.name));
setTimeout(() => ac.abort(), 10);
