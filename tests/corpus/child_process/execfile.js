// execFile runs a program without a shell: its arguments are not parsed by one.
const { execFile } = require('child_process');
execFile('echo', ['$HOME', 'a;b', '|'], (err, stdout) => {
  console.log(err, JSON.stringify(stdout));
  execFile('ls', ['no-such-dir'], (err, stdout, stderr) => {
    console.log(err.message.split('\n')[0], err.code, JSON.stringify(stderr));
  });
});
