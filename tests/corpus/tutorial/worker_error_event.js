const { Worker } = require('worker_threads');
const w = new Worker(`throw new Error('boom')`, { eval: true });
w.on('error', (e) => console.log('error:', e.message));
w.on('exit', (code) => console.log('exit', code));
