// Some os functions convert to their value in a template string.
const os = require('os');
console.log(`${os.platform}`, `${os.arch}`, `${os.endianness}`, `${os.type}`);
console.log(typeof os.cpus[Symbol.toPrimitive], typeof os.totalmem[Symbol.toPrimitive], typeof os.loadavg[Symbol.toPrimitive]);
