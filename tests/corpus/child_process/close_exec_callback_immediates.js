const { exec } = require('child_process');
const child = exec('echo hello', (err, stdout) => {
  console.log('callback', JSON.stringify(stdout));
  setImmediate(() => console.log('immediate after callback'));
});
child.on('exit', (code) => {
  console.log('exit', code);
  setImmediate(() => console.log('immediate after exit'));
});
child.on('close', (code) => console.log('close', code));
