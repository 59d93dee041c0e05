// exec's timeout kills a child that takes too long.
const { exec } = require('child_process');
exec('sleep 5', { timeout: 50 }, (err, stdout, stderr) => {
  console.log({ killed: err.killed, signal: err.signal, code: err.code });
  console.log(err.message.split('\n')[0]);
});
