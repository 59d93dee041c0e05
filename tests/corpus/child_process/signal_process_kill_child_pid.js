// process.kill(child.pid, signal) reaches the child as child.kill does; child.killed stays false.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  process.on('SIGUSR1', () => console.log('usr1'));
  process.on('SIGUSR2', () => { console.log('usr2, leaving'); process.exit(0); });
  console.log('ready');
  setInterval(() => {}, 1000);
`]);
child.stdout.setEncoding('utf8');
child.stdout.on('data', (data) => {
  for (const line of data.trim().split('\n')) {
    console.log('child:', line);
    if (line === 'ready') process.kill(child.pid, 'SIGUSR1');
    if (line === 'usr1') console.log(process.kill(child.pid, 'SIGUSR2'));
  }
});
child.on('exit', (code, signal) => console.log('exit', code, signal, child.killed));
