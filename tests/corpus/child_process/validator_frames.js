// child_process argument errors carry Node's frames: normalizeSpawnArguments under the API
// that called it (spawn under execFile, spawnSync under execFileSync), normalizeExecArgs,
// fork's own check.
const cp = require('child_process');
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
for (const call of [
  () => cp.spawn(1),
  () => cp.spawn(''),
  () => cp.execFile(null),
  () => cp.spawnSync({}),
  () => cp.execFileSync(2),
  () => cp.exec(1),
  () => cp.fork(1),
]) {
  try { call(); } catch (e) { show(e); }
}
cp.spawn('');
