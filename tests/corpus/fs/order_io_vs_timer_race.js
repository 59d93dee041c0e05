// From the main script, a 0 ms timer and a stat callback race: the timer is usually due when
// the loop first looks, but the stat sometimes completes first.
const fs = require('fs');
setTimeout(() => console.log('timeout'), 0);
fs.stat('fixtures/hello.txt', () => console.log('stat'));
