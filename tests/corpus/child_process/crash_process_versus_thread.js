// The same failure in a worker thread and in a child process: both end alone, the parent goes on.
const { Worker } = require('worker_threads');
const { fork } = require('child_process');
const worker = new Worker(`throw new Error('failed in a thread')`, { eval: true });
worker.on('error', (err) => console.log('worker error event:', err.message));
worker.on('exit', (code) => {
  console.log('worker exit code:', code);
  const child = fork('./_child_crash.js', [], { silent: true });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.on('exit', (code) => {
    console.log('child exit code:', code);
    console.log('child stderr has the stack:', stderr.includes('Error: child failed'));
    console.log('parent still alive');
  });
});
