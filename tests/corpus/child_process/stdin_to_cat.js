// Writing to a child's stdin: cat echoes it back once the input ends.
const { spawn } = require('child_process');
const child = spawn('cat');
child.stdout.on('data', (data) => console.log('cat says:', JSON.stringify(data.toString())));
child.on('close', (code) => console.log('close', code));
child.stdin.write('first line\n');
child.stdin.write('second line\n');
child.stdin.end();
