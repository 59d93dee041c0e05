// `node -e CODE` names its code `[eval]`: __filename, module.id, the stack and the fatal header.
const { spawnSync } = require('child_process');
const code = [
  'console.log(__filename, __dirname, module.id, require.main);',
  'console.log(new Error("x").stack.split("\\n").slice(0, 2).join("\\n"));',
  'null.boom;',
].join('\n');
const child = spawnSync('node', ['-e', code], { encoding: 'utf8' });
console.log(child.stdout);
console.log(child.stderr.split('\n').slice(0, 6).join('\n'));
console.log('status', child.status);
