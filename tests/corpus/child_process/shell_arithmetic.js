// The shell's arithmetic expansion $((...)), and dash's division-by-zero error.
const { execSync, exec } = require('child_process');
console.log(execSync('echo $((6 * 7)) "$((10 / 3))" $(( (2 + 3) % 4 ))').toString());
try { execSync('echo $((1/0))', { stdio: 'pipe' }); } catch (e) { console.log(e.status, e.stderr.toString().trim()); }
exec('echo $((100 - 1))', (err, out) => console.log('exec', out.trim()));
