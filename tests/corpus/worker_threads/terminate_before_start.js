// terminate() before the thread made its environment resolves with 0 (node_worker.cc keeps
// the exit code), after it started with 1.
const { Worker } = require('worker_threads');
const mk = () => new Worker('setInterval(() => {}, 1000)', { eval: true });
const a = mk();
a.on('exit', (x) => console.log('a exit', x));
a.terminate().then((code) => {
  console.log('at once', code);
  const c = mk();
  c.on('online', () => c.terminate().then((x) => {
    console.log('on online', x);
    const d = mk();
    setTimeout(() => d.terminate().then((y) => console.log('after 300ms', y)), 300);
  }));
});
