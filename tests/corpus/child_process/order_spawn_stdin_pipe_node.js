// Writing to a node child's stdin: it reads everything until end(), then answers.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', `
  let text = '';
  process.stdin.on('data', (d) => { text += d; });
  process.stdin.on('end', () => console.log('child read ' + JSON.stringify(text)));
`]);
child.stdout.on('data', (d) => process.stdout.write('parent got: ' + d));
child.stdin.write('line 1\n');
child.stdin.end('line 2\n');
child.on('close', (code) => console.log('close', code));
