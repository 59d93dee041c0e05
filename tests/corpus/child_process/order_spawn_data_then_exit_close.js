// A command's output: 'spawn' on a tick, 'data' chunks, then 'exit' and 'close' (after the
// pipes end).
const { spawn } = require('child_process');
const child = spawn('echo', ['hello', 'world']);
child.on('spawn', () => console.log('spawn'));
child.stdout.on('data', (d) => console.log('data', JSON.stringify(d.toString())));
child.stdout.on('end', () => console.log('stdout end'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
process.nextTick(() => console.log('nextTick before spawn'));
console.log('pid is a number:', typeof child.pid);
