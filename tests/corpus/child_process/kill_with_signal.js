// kill() ends a child by a signal: exit code null, the signal's name instead.
const { spawn } = require('child_process');
const child = spawn('sleep', ['5']);
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  console.log({ killed: child.killed, exitCode: child.exitCode, signalCode: child.signalCode });
});
child.on('close', (code, signal) => console.log('close', code, signal));
setTimeout(() => console.log('kill returned', child.kill()), 10);
