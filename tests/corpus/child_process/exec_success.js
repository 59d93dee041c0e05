// exec of a line that succeeds: err is null, stdout and stderr are strings.
const { exec } = require('child_process');
exec('echo one && echo two || echo never', (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('false || echo recovered', (err, stdout) => console.log(err, JSON.stringify(stdout)));
});
