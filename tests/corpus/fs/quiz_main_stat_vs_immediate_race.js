const fs = require('fs');
const order = [];
fs.stat(__filename, () => order.push('stat'));
setImmediate(() => order.push('immediate'));
setTimeout(() => order.push('timeout 20'), 20);
process.on('exit', () => console.log(order.join(' ')));
