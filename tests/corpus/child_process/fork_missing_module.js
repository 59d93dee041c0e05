// Forking a file that does not exist: the child prints Node's "Cannot find module" report on
// the inherited stderr and exits with code 1; the parent carries on.
const { fork } = require('child_process');
const child = fork('./no_such_child.js');
child.on('exit', (code, signal) => console.log('child exited', code, signal));
console.log('forked');
