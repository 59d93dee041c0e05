// exec runs a line in /bin/sh; a failing command gives an error with its exit code.
const { exec } = require('child_process');
exec('echo hi; ls missing-file; exit 3', (err, stdout, stderr) => {
  console.log('message:', JSON.stringify(err.message));
  console.log({ code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd });
  console.log('stdout:', JSON.stringify(stdout));
  console.log('stderr:', JSON.stringify(stderr));
});
