// The events of a short-lived child, in Node's order: 'spawn', output, 'exit', 'close'.
const { spawn } = require('child_process');
const child = spawn('echo', ['hello', 'world']);
child.on('spawn', () => console.log('spawn'));
child.stdout.on('data', (data) => console.log('stdout data:', JSON.stringify(data.toString())));
child.stdout.on('end', () => console.log('stdout end'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
console.log('pid is a number:', typeof child.pid === 'number');
