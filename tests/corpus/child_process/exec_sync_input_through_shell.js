const { execSync, spawnSync } = require('child_process');
console.log(execSync('wc -w', { input: 'one two three' }).toString().trim());
console.log(execSync('cat | wc -c', { input: 'abcd' }).toString().trim());
console.log(spawnSync('sh', ['-c', 'echo first; cat'], { input: 'second\n' }).stdout.toString());
