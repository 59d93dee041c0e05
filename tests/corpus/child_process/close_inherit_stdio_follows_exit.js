const { spawn } = require('child_process');
const child = spawn('true', [], { stdio: 'inherit' });
child.on('exit', (code) => { console.log('exit', code); process.nextTick(() => console.log('tick after exit')); });
child.on('close', (code) => { console.log('close', code); setImmediate(() => console.log('immediate after close')); });
