const fs = require('fs');
fs.stat('no_such_file_sweep', (err) => console.log('stat err', err.code));
fs.access('no_such_file_sweep', (err) => console.log('access err', err.code));
try { fs.statSync('no_such_file_sweep'); } catch (e) { console.log('sync', e.code, e.syscall); }
process.nextTick(() => console.log('tick'));
