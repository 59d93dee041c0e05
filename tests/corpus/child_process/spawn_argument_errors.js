// spawn's argument checks, in Node's words.
const { spawn } = require('child_process');
for (const call of [
  () => spawn(),
  () => spawn('echo', 'notarray'),
  () => spawn(''),
  () => spawn('echo', [], { stdio: 'bad' }),
  () => spawn('echo', [], 'opts'),
]) {
  try { call(); } catch (err) { console.log(err.name, err.code, err.message); }
}
