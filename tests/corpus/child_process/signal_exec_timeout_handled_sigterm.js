// exec runs its command under /bin/sh: the timeout's signal reaches the shell, which dies of
// it, not the node under it that listens for SIGTERM (its output pipe is destroyed first).
const { exec } = require('child_process');
const code = "process.on('SIGTERM', () => { console.log('cleaning up'); process.exit(4); }); setTimeout(() => process.exit(0), 3000);";
exec(`node -e "${code}"`, { timeout: 500 }, (err, stdout, stderr) => {
  console.log('code', err.code, 'signal', err.signal, 'killed', err.killed);
  console.log('stdout', JSON.stringify(stdout));
});
