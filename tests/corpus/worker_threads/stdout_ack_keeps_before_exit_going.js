// A worker's console.log waits for the parent's acknowledgement with its port ref'd, so a
// worker that logs from 'beforeExit' gets 'beforeExit' again once the parent took the line.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('exit', (code) => console.log('worker exit', code));
} else {
  let n = 0;
  process.on('beforeExit', () => {
    n++;
    if (n <= 3) console.log('worker beforeExit', n);
  });
  process.on('exit', () => console.log('worker exit event after', n));
}
