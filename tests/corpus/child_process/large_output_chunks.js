// 200 KB of child output: exec gathers it whole; spawn's stdout arrives in pipe reads of at
// most 64 KiB.
const { exec, spawn } = require('child_process');
const cmd = `"${process.execPath}" -e "process.stdout.write('x'.repeat(200000))"`;
exec(cmd, (err, stdout) => {
  console.log('exec', err, stdout.length);
  const child = spawn(process.execPath, ['-e', "process.stdout.write('y'.repeat(200000))"]);
  const sizes = [];
  child.stdout.on('data', (d) => sizes.push(d.length));
  child.on('close', () => console.log('chunks', sizes.length, sizes.reduce((a, b) => a + b, 0), Math.max(...sizes) <= 65536));
});
