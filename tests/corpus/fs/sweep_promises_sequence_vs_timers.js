const fsp = require('fs/promises');
const f = 'sweep_seq_timers.tmp';
(async () => {
  await fsp.writeFile(f, 'x');
  console.log('wrote');
  await fsp.appendFile(f, 'y');
  console.log('appended');
  console.log('read', await fsp.readFile(f, 'utf8'));
  await fsp.unlink(f);
  console.log('unlinked');
})();
setTimeout(() => console.log('t0'), 0);
setTimeout(() => console.log('t5'), 5);
