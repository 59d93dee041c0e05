// loadavg, freemem and totalmem: their types and relations.
const os = require('os');
const l = os.loadavg();
console.log(Array.isArray(l), l.length, l.every((n) => typeof n === 'number' && n >= 0));
console.log(Number.isInteger(os.freemem()), Number.isInteger(os.totalmem()), os.freemem() <= os.totalmem());
console.log(os.totalmem() > 256 * 1024 * 1024);
