const cp = require('child_process');
console.log(JSON.stringify(cp.execSync('echo hi')), cp.execSync('echo hi', { encoding: 'utf8' }));
try { cp.execSync('exit 3', { stdio: 'pipe' }); } catch (e) {
  console.log(e.name, e.message.split('\n')[0], e.status, e.signal, Object.keys(e));
  console.log(e.stdout, e.stderr, e.output);
}
try { cp.execSync('nonexistent_cmd_xyz', { stdio: 'pipe' }); } catch (e) {
  console.log(e.status, JSON.stringify(e.stderr.toString()));
}
