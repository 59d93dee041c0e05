const { spawn } = require('child_process');
const c = spawn('echo', ['hi']);
c.stdout.on('data', (d) => console.log('data', String(d).trim()));
c.stdout.on('end', () => console.log('stdout end'));
c.stdout.on('close', () => { console.log('stdout close'); setImmediate(() => console.log('immediate from stdout close')); process.nextTick(() => console.log('tick from stdout close')); });
c.stderr.on('close', () => console.log('stderr close'));
c.on('exit', (code) => { console.log('exit', code); setImmediate(() => console.log('immediate from exit')); process.nextTick(() => console.log('tick from exit')); Promise.resolve().then(() => console.log('micro from exit')); });
c.on('close', (code) => { console.log('close', code); setImmediate(() => console.log('immediate from close')); });
