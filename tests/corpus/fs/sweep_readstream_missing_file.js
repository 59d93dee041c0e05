const fs = require('fs');
const rs = fs.createReadStream('sweep_missing.tmp');
rs.on('open', () => console.log('open'));
rs.on('error', (e) => console.log('error', e.code, e.syscall));
rs.on('close', () => console.log('close'));
setImmediate(() => console.log('imm'));
