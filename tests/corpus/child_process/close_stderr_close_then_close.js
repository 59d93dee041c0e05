// A node child writes to both pipes; each closes in the close phase, then 'close' comes.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'console.log("out"); console.error("err")']);
let out = '', err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code) => {
  console.log('close', code, JSON.stringify(out), JSON.stringify(err));
});
