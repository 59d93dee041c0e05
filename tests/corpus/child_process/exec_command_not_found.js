// A command the shell cannot find: exit code 127 and the shell's message.
const { exec } = require('child_process');
exec('definitely-not-a-command --version', (err, stdout, stderr) => {
  console.log(err.code, JSON.stringify(stderr));
});
