// Pipes nobody reads are resumed at exit (Node's flushStdio): they end, and the child closes, after 'exit'.
const { spawn } = require('child_process');
const c = spawn('echo', ['hi']);
c.on('exit', (code) => console.log('exit', code));
c.on('close', (code) => console.log('close', code));
c.stdout.on('end', () => console.log('end'));
