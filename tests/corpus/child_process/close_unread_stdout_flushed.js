// Nobody reads stdout: at exit Node resumes it (flushStdio), it ends, and its handle closes.
const { spawn } = require('child_process');
const child = spawn('echo', ['unread']);
child.stdout.on('close', () => console.log('stdout close, readableEnded:', child.stdout.readableEnded));
child.on('exit', (code) => console.log('exit', code));
child.on('close', (code) => console.log('close', code));
