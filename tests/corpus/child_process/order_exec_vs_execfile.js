// exec runs a shell line; execFile runs a program with arguments, no shell.
const { exec, execFile } = require('child_process');
exec('echo "$GREETING" | wc -c', { env: { GREETING: 'hi there' } }, (err, stdout) => {
  console.log('exec:', err, JSON.stringify(stdout));
  execFile('echo', ['$GREETING', '|', 'wc'], (err2, stdout2) => {
    console.log('execFile:', err2, JSON.stringify(stdout2));
  });
});
