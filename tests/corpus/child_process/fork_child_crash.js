// A child that throws crashes alone: the parent sees its exit code and its stderr.
const { fork } = require('child_process');
const child = fork('./_child_crash.js', [], { silent: true });
let stdout = '';
let stderr = '';
child.stdout.on('data', (d) => { stdout += d; });
child.stderr.on('data', (d) => { stderr += d; });
child.on('exit', (code) => {
  console.log('child exit code', code);
  console.log('child stdout', JSON.stringify(stdout));
  console.log('stderr mentions the error:', stderr.includes('Error: child failed'));
  console.log('the parent is still running');
});
