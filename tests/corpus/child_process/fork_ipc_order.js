const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ echo: m, n: m.n * 10 });
    if (m.n === 3) process.disconnect();
  });
  process.send('ready');
} else {
  const c = fork(__filename, ['child']);
  c.on('message', (m) => {
    console.log('parent got', m);
    if (m === 'ready') for (let n = 1; n <= 3; n++) c.send({ n });
  });
  c.on('disconnect', () => console.log('disconnect'));
  c.on('exit', (code, sig) => console.log('exit', code, sig));
  c.on('close', (code) => console.log('close', code));
}
