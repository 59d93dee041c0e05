// Without a listener, SIGTERM ends the child: 'exit' has no code, the signal's name.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `console.log('ready'); setInterval(() => {}, 1000);`]);
child.stdout.once('data', () => {
  console.log('kill returned', child.kill('SIGTERM'));
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal, child.exitCode, child.signalCode));
