// A worker's uncaught exception becomes the Worker's 'error' event in the parent, then 'exit' 1:
// a thrown error keeps its class and own properties, a thrown primitive stays a primitive, and
// an unhandled rejection ends the worker the same way. One worker at a time.
const { Worker } = require('worker_threads');
function run(code, next) {
  const w = new Worker(code, { eval: true });
  w.on('error', (e) => {
    if (e instanceof Error) {
      console.log('error event', e.name, e.message, e.extra, e instanceof RangeError, e.constructor.name);
      console.log(e.stack.split('\n').slice(0, 5));
      console.log(Object.getOwnPropertyNames(e), Object.prototype.toString.call(e));
    } else {
      console.log('error event', typeof e, e);
    }
  });
  w.on('exit', (c) => { console.log('exit', c); if (next) next(); });
}
run('const e = new RangeError("worker broke");\ne.extra = 1;\nthrow e;', () =>
  run('throw 42', () =>
    run('Promise.reject(new Error("async fail"))')));
