const { Worker } = require('worker_threads');
for (const args of [[5], ['x.js', { eval: 'yes' }], ['./nope.txt'], ['no-prefix.js'], ['x', { argv: 5 }], ['1', { eval: true, workerData: () => {} }], ['1', { eval: true, resourceLimits: 5 }], [5, { eval: true }], ['1', { eval: true, execArgv: 'x' }]]) {
  try { const w = new Worker(...args); w.on('error', () => {}); console.log('made'); }
  catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
}
