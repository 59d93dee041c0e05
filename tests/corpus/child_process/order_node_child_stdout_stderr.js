// A node child's stdout and stderr are two pipes; each is read whole at its end here.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'console.log("out"); console.error("err"); process.exitCode = 2']);
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code) => {
  console.log({ out, err, code });
});
