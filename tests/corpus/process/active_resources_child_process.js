// A child process's handles: its three pipes, then its ProcessWrap (added at the spawn), all
// listed until their close callbacks run in the close phase after the exit.
const { spawn } = require('child_process');
const show = (label) => console.log(label, process.getActiveResourcesInfo().join(), '|',
  process._getActiveHandles().map((h) => h.constructor.name).join());
show('start');
const child = spawn('echo', ['hi']);
show('spawned');
child.stdout.on('data', (d) => show(`data ${JSON.stringify(String(d))}`));
child.on('exit', (code) => {
  show(`exit ${code}`);
  process.nextTick(() => show('tick after exit'));
});
child.stdin.on('close', () => show('stdin close'));
child.on('close', () => {
  show('close');
  setImmediate(() => show('immediate after close'));
});
