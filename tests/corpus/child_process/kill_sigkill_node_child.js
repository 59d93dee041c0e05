// A node child that would run forever, stopped with SIGKILL after its first output.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'console.log("started"); setInterval(() => {}, 10)']);
child.stdout.once('data', (data) => {
  console.log('first output:', data.toString().trim());
  child.kill('SIGKILL');
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
