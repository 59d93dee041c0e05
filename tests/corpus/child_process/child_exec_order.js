// exec of a node script: stdout, exit and close ordering against a timer.
const { exec } = require('child_process');
exec('node -e "console.log(1+1)"', (err, stdout, stderr) => {
  console.log('callback', err, JSON.stringify(stdout), JSON.stringify(stderr));
});
setTimeout(() => console.log('timeout 0'), 0);
