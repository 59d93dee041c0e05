// process.exit(code) in a child is the code the parent sees.
const { fork } = require('child_process');
const child = fork('./_child_exit.js', ['5']);
child.on('exit', (code, signal) => console.log('exit', code, signal));
