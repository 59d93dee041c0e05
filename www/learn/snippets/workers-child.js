// A child process is a whole new process (its own memory, its own Node): it talks
// through pipes, and its crash is only an exit code for the parent.
const { spawn } = require('child_process');

const child = spawn(process.execPath, ['-e', 'console.log("hello from the child"); process.exit(2)']);
child.stdout.on('data', (data) => console.log('child says:', data.toString().trim()));
child.on('exit', (code) => console.log('child exited with code', code));
