const { execSync } = require('child_process');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.log('out:', execSync('echo sync').toString().trim());
