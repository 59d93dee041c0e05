// Once its SIGINT listener is removed, the child dies of SIGINT.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  const onInt = () => {
    console.log('first SIGINT handled');
    process.off('SIGINT', onInt);
    console.log('listening:', process.listenerCount('SIGINT'));
  };
  process.on('SIGINT', onInt);
  console.log('ready');
  setInterval(() => {}, 1000);
`]);
child.stdout.setEncoding('utf8');
child.stdout.on('data', (data) => {
  for (const line of data.trim().split('\n')) {
    console.log('child:', line);
    if (line === 'ready' || line.startsWith('listening')) child.kill('SIGINT');
  }
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
