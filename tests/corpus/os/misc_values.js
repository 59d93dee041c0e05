const os = require('os');
console.log(typeof os.hostname(), typeof os.uptime(), os.loadavg().length);
console.log(os.cpus().length === os.availableParallelism());
console.log(os.devNull, typeof os.version(), typeof os.machine());
console.log(os.totalmem() > os.freemem());
console.log(Object.keys(os.userInfo()));
console.log(os.tmpdir() === require('os').tmpdir());
console.log(os.getPriority());
try { os.setPriority(-1000); } catch (e) { console.log(e.code, e.name, e.message); }
