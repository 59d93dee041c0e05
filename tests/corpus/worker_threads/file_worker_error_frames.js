// A file worker's uncaught error: its frames in the parent's 'error' event name the loader as V8
// does in a worker (`Object..js`, `Function._load`) and end in worker_thread's port dispatch;
// the error arrives with its class, own `name`, and the tag error_serdes gives it.
const { Worker } = require('worker_threads');
const w = new Worker('./_throwing_worker.js');
w.on('error', (e) => {
  console.log(e.stack.split(__dirname).join('.'));
  console.log(e instanceof TypeError, e.code, Object.getOwnPropertyNames(e), Object.prototype.toString.call(e));
  console.log(require('util').inspect(e).split('\n')[0]);
});
w.on('exit', (c) => console.log('exit', c));
