// A child's stdout 'end' and stderr 'data': the stderr chunk arrives before stdout's end, then
// exit and close, as node's pipes deliver them (which pipe's EOF is read first is a race).
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'process.stdout.write("out\\n"); process.stderr.write("err\\n");']);
child.stdout.on('data', (d) => console.log('stdout data', JSON.stringify(String(d))));
child.stdout.on('end', () => console.log('stdout end'));
child.stderr.on('data', (d) => console.log('stderr data', JSON.stringify(String(d))));
child.on('exit', (c) => console.log('exit', c));
child.on('close', (c) => console.log('close', c));
