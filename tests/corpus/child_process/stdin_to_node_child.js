// A node child reads its stdin until the parent ends it.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => console.log('child read ' + JSON.stringify(text.toUpperCase())));
`]);
child.stdout.on('data', (d) => console.log(d.toString().trim()));
child.on('exit', (code) => console.log('exit', code));
child.stdin.write('hello ');
child.stdin.end('child');
