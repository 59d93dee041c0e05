// An unref'd interval runs while a ref'd timer keeps the loop alive, then the process exits.
let n = 0;
setInterval(() => { n++; }, 1).unref();
setTimeout(() => console.log('ref timer; interval ran:', n > 0), 20);
process.on('exit', () => console.log('exit'));
