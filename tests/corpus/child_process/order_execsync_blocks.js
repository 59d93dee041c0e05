// execSync and spawnSync block the loop: timers and ticks wait until the child has finished.
const { execSync, spawnSync } = require('child_process');
setTimeout(() => console.log('timer'), 0);
process.nextTick(() => console.log('tick'));
console.log('execSync:', JSON.stringify(execSync('echo one').toString()));
const r = spawnSync(process.execPath, ['-e', 'console.log(2 + 2); process.exit(3)'], { encoding: 'utf8' });
console.log('spawnSync:', r.status, r.signal, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
console.log('main script done');
