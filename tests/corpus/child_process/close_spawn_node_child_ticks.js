// A node child's pipes close in the close phase: the parent's 'close' comes after 'exit',
// and what 'exit' schedules with setImmediate may run before or after it.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'console.log("from child")']);
child.stdout.on('data', (d) => console.log('data:', String(d).trim()));
child.stdout.on('end', () => console.log('stdout end'));
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  process.nextTick(() => console.log('tick after exit'));
});
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  setImmediate(() => console.log('immediate after close'));
  process.nextTick(() => console.log('tick after close'));
});
