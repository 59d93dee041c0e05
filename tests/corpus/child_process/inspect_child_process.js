// A ChildProcess as inspect shows it: the fields in the order Node sets them (the handle after
// spawnfile, then spawnargs, pid and the stdio), no internal state; after the exit no _handle.
const { spawn } = require('child_process');
const child = spawn('echo', ['hi']);
const shown = (value) => require('util').inspect(value, { depth: 0 }).replace(/pid: \d+/, 'pid: <pid>');
console.log(shown(child));
child.on('exit', () => console.log(child._handle, Object.keys(child)));
