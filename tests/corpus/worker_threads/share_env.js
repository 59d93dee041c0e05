// worker_threads.SHARE_ENV: a worker sharing the parent's environment sees its variables and
// its own writes show in the parent; a worker without it has a copy.
const { Worker, SHARE_ENV, isMainThread } = require('worker_threads');
process.env.SHARED_BEFORE = 'yes';
const w = new Worker('process.env.SET_IN_WORKER = "from worker"; console.log("worker sees", process.env.SHARED_BEFORE);', { eval: true, env: SHARE_ENV });
w.on('exit', () => {
  console.log('parent sees', process.env.SET_IN_WORKER);
  const w2 = new Worker('process.env.ISOLATED = "1";', { eval: true });
  w2.on('exit', () => console.log('isolated', process.env.ISOLATED));
});
