// spawn: spawn, data, exit and close events.
const { spawn } = require('child_process');
const c = spawn('node', ['-e', 'console.log("out")']);
c.on('spawn', () => console.log('spawn'));
c.stdout.on('data', (d) => console.log('data', String(d).trim()));
c.stdout.on('end', () => console.log('stdout end'));
c.on('exit', (code) => console.log('exit', code));
c.on('close', (code) => console.log('close', code));
