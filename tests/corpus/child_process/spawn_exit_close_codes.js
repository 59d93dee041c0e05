const { spawn } = require('child_process');
const c = spawn('node', ['-e', 'console.log("hello"); console.error("oops"); process.exitCode = 9']);
c.stdout.on('data', (d) => console.log('stdout', JSON.stringify(String(d))));
c.stderr.on('data', (d) => console.log('stderr', JSON.stringify(String(d))));
c.on('exit', (code, sig) => console.log('exit', code, sig, c.exitCode, c.signalCode));
c.on('close', (code, sig) => console.log('close', code, sig));
c.on('spawn', () => console.log('spawn', typeof c.pid));
