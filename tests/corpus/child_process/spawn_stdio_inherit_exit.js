const { spawn } = require('child_process');
const c = spawn('node', ['-e', 'console.log("child says hi"); process.exit(3)'], { stdio: 'inherit' });
console.log(c.stdout, c.stderr, c.stdin);
c.on('exit', (code) => console.log('exit', code));
c.on('close', (code) => console.log('close', code));
