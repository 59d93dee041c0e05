// process and os describe the machine and the run. (looplab simulates a fixed Linux
// machine, so only values that are the same everywhere are printed here.)
const os = require('os');

console.log('platform', process.platform, os.platform());
console.log('EOL is a newline:', os.EOL === '\n');
console.log('cpus is a list:', Array.isArray(os.cpus()));
console.log('argv[0] is node:', process.argv[0].endsWith('node'));
console.log('uptime is a number:', typeof process.uptime());
