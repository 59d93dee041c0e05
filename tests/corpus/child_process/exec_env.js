// A child gets the environment it is given.
const { exec } = require('child_process');
exec('echo "$GREETING, $NAME"', { env: { GREETING: 'Hello', NAME: 'child' } }, (err, stdout) => {
  console.log(stdout.trim());
});
