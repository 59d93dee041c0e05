// A pipeline fed from the parent: wc -l counts the lines written to its stdin.
const { spawn } = require('child_process');
const child = spawn('wc', ['-l']);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', (code) => console.log('lines:', out.trim(), 'code', code));
child.stdin.end('a\nb\nc\n');
