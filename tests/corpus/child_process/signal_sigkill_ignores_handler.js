// SIGKILL cannot be caught: the child's SIGTERM-style listener for SIGKILL never runs.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  process.on('SIGTERM', () => console.log('SIGTERM handled'));
  console.log('ready');
  setInterval(() => {}, 1000);
`]);
child.stdout.setEncoding('utf8');
child.stdout.on('data', (data) => {
  for (const line of data.trim().split('\n')) {
    console.log('child:', line);
    if (line === 'ready') child.kill('SIGTERM');
    if (line === 'SIGTERM handled') child.kill('SIGKILL');
  }
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
