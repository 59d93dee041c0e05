// process.kill of a pid that is gone throws ESRCH; signal 0 tests a live child.
const { spawn } = require('child_process');
const child = spawn('sleep', ['1']);
console.log('signal 0 to the child:', process.kill(child.pid, 0));
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  try {
    process.kill(child.pid, 'SIGTERM');
  } catch (err) {
    console.log(err.code, err.syscall, err.errno);
  }
});
