// A child that sends itself SIGTERM with no listener dies of it; 'exit' listeners do not run.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  process.on('exit', () => console.log('exit listener'));
  console.log('before');
  process.kill(process.pid, 'SIGTERM');
  console.log('after');
`]);
child.stdout.on('data', (d) => process.stdout.write('child: ' + d));
child.on('exit', (code, signal) => console.log('exit', code, signal));
