// spawn with { shell: true } runs the command line in /bin/sh.
const { spawn } = require('child_process');
const child = spawn('echo first && echo second', { shell: true });
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { out += chunk; });
child.on('close', (code) => console.log(code, JSON.stringify(out)));
