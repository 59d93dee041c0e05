// The Sync forms block until the child is done and return (or throw) its results.
const { execSync, spawnSync, execFileSync } = require('child_process');
console.log(JSON.stringify(execSync('echo hi').toString()));
console.log(execSync('node -e "console.log(1 + 1)"', { encoding: 'utf8' }).trim());
const r = spawnSync('node', ['-e', 'console.error("oops"); process.exit(3)']);
console.log(r.status, r.signal, JSON.stringify(String(r.stdout)), JSON.stringify(String(r.stderr)));
console.log(Object.keys(r));
console.log(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
try {
  execSync('exit 2', { stdio: 'pipe' });
} catch (err) {
  console.log(err.message, err.status, Object.keys(err));
}
