// The virtual shell's redirections: >&2, 1>&2, < file, and a missing input file.
const { exec, execSync } = require('child_process');
const fs = require('fs');
console.log(JSON.stringify(execSync('echo to-err >&2; echo to-out', { stdio: 'pipe' }).toString()));
fs.writeFileSync('redirect_input.txt', 'line1\nline2\n');
exec('echo a 1>&2', (e, out, err) => {
  console.log(JSON.stringify(out), JSON.stringify(err));
  exec('wc -l < redirect_input.txt', (e, out) => {
    console.log(out.trim());
    fs.unlinkSync('redirect_input.txt');
    exec('cat < missing_file.txt', (e, out, err) => console.log(e.code, JSON.stringify(err)));
  });
});
