// A node child with its own stdout and stderr, and an exit code it sets.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'console.log("to stdout"); console.error("to stderr"); process.exitCode = 4']);
child.stdout.on('data', (d) => console.log('stdout:', JSON.stringify(d.toString())));
child.stderr.on('data', (d) => console.log('stderr:', JSON.stringify(d.toString())));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
