// execSync shows the child's stderr on the parent's stderr, then throws.
const { execSync } = require('child_process');
try {
  execSync('ls no-such-file');
} catch (err) {
  console.log('status', err.status);
  console.log('message', JSON.stringify(err.message));
}
