// uptime in seconds, loadavg three numbers.
const os = require('os');
console.log(typeof os.uptime(), os.uptime() > 0);
const l = os.loadavg();
console.log(Array.isArray(l), l.length, l.every((n) => typeof n === 'number' && n >= 0));
