// A child that listens for SIGTERM is not ended by it: its listener runs, and it exits itself.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  process.on('SIGTERM', (name, number) => {
    console.log('child got', name, number);
    process.exit(7);
  });
  console.log('ready');
  setInterval(() => {}, 1000);
`]);
child.stdout.on('data', (data) => {
  process.stdout.write('child says: ' + data);
  if (String(data).includes('ready')) console.log('kill returned', child.kill());
});
child.on('exit', (code, signal) => console.log('exit', code, signal, 'killed:', child.killed));
