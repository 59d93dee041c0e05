const fs = require('fs');
fs.readFile(__filename, () => console.log('never printed'));
setImmediate(() => console.log('immediate'));
setTimeout(() => { console.log('exiting'); process.exit(2); }, 0);
process.on('exit', (c) => console.log('exit', c, process.exitCode));
