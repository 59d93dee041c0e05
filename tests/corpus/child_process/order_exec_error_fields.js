// A failing exec: the callback's error has code, killed, signal and cmd; stderr is passed too.
const { exec } = require('child_process');
exec('ls no-such-file', (err, stdout, stderr) => {
  console.log(err instanceof Error, err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
});
