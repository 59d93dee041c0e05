// spawnSync reports a missing program in result.error instead of throwing.
const { spawnSync } = require('child_process');
const r = spawnSync('no-such-program');
console.log(r.error.message, r.error.code, r.status);
try {
  require('child_process').execFileSync('no-such-program');
} catch (err) {
  console.log('execFileSync throws:', err.code);
}
