// A worker whose file does not exist: the error event carries the loader's MODULE_NOT_FOUND.
const { Worker } = require('worker_threads');
try {
  const w = new Worker('./nope-does-not-exist.js');
  w.on('error', (e) => console.log('error', e.code, e.message.split('\n')[0].replace(__dirname, '$DIR')));
  w.on('exit', (c) => console.log('exit', c));
} catch (e) { console.log('sync', e.code); }
try { new Worker('nope.js'); } catch (e) { console.log(e.code, e.message); }
