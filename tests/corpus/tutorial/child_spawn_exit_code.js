const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'exit 3']);
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code, sig) => console.log('close', code, sig));
c.stdout.on('end', () => console.log('stdout end'));
