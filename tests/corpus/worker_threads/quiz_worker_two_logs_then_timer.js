const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('exit', () => console.log('main: exit'));
  w.on('online', () => console.log('main: online'));
} else {
  console.log('worker: a');
  console.log('worker: b');
  setTimeout(() => console.log('worker: timeout'), 5);
}
