// A program that does not exist: 'error' (ENOENT), then 'close' with the negative errno; no 'spawn', no 'exit'.
const { spawn } = require('child_process');
const child = spawn('no-such-program', ['--flag']);
child.on('spawn', () => console.log('spawn'));
child.on('error', (err) => {
  console.log(err.message);
  console.log({ code: err.code, errno: err.errno, syscall: err.syscall, path: err.path, spawnargs: err.spawnargs });
});
child.on('exit', (code) => console.log('exit', code));
child.on('close', (code, signal) => console.log('close', code, signal));
console.log('pid:', child.pid);
