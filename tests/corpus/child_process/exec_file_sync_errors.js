const cp = require('child_process');
try { cp.execFileSync('node', ['-e', 'console.log("partial"); process.exit(4)']); } catch (e) {
  console.log(e.message, e.status, e.stdout.toString(), Object.keys(e));
}
try { cp.execFileSync('missing_prog_q'); } catch (e) {
  console.log(e.code, e.errno, e.syscall, e.path, e.spawnargs, e.message);
}
console.log(cp.execFileSync('node', ['-e', 'process.stdout.write("x")'], { encoding: 'utf8' }));
