// A spawn that fails still has its pipes (made before uv_spawn): 'error' comes on a tick, the
// pipes see EOF in the first poll phase, and 'close' waits for them (close phase).
const { spawn } = require('child_process');
const child = spawn('no-such-command', ['a', 'b']);
console.log('pid', child.pid, 'exitCode', child.exitCode, child.stdout !== null, child.stdin !== null);
console.log(process.getActiveResourcesInfo());
child.on('error', (err) => {
  console.log('error', err.message, err.errno, err.code, err.syscall, err.path, err.spawnargs, child.exitCode);
  setImmediate(() => console.log('immediate from error'));
  process.nextTick(() => console.log('tick from error'));
});
child.on('exit', (code) => console.log('exit', code));
child.on('spawn', () => console.log('spawn'));
child.on('close', (code, signal) => console.log('close', code, signal, process.getActiveResourcesInfo()));
child.stdout.on('data', (d) => console.log('data', d));
child.stdout.on('end', () => console.log('stdout end'));
child.stdout.on('close', () => console.log('stdout close'));
child.stderr.on('close', () => console.log('stderr close'));
child.stdin.on('close', () => console.log('stdin close'));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
