// totalmem and freemem are byte counts; free never exceeds total.
const os = require('os');
const total = os.totalmem();
const free = os.freemem();
console.log(typeof total, Number.isInteger(total), Number.isInteger(free), free <= total, total > 1024 * 1024);
