// execSync throws when the command fails: the error carries status, stdout and stderr.
const { execSync } = require('child_process');
try {
  execSync('echo partial; exit 3', { stdio: 'pipe' });
} catch (err) {
  console.log(err.message.split('\n')[0]);
  console.log('status', err.status, 'stdout', JSON.stringify(err.stdout.toString()));
}
