const log = [];
setTimeout(() => log.push('timeout'), 1);
setImmediate(() => log.push('immediate'));
const { execFileSync } = require('child_process');
process.on('exit', () => console.log(log.join(' '), typeof execFileSync));
