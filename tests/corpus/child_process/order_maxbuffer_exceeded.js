// exec's maxBuffer: output beyond it kills the child and fails with ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
const { exec } = require('child_process');
exec('echo 0123456789', { maxBuffer: 4 }, (err, stdout) => {
  console.log(err.code, err.message, JSON.stringify(stdout));
});
