const { exec } = require('child_process');
exec('echo out; echo err >&2; exit 5', (err, stdout, stderr) => {
  console.log(err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  console.log(err.message);
});
