// opendir iteration, Dir close twice, cp recursive and its refusal, rm with and without force.
const fs = require('fs');
const d = 'tmp_f07';
fs.mkdirSync(d + '/sub', { recursive: true });
fs.writeFileSync(d + '/one', '1');
fs.writeFileSync(d + '/sub/two', '2');
(async () => {
  const dir = await fs.promises.opendir(d);
  const names = [];
  for await (const ent of dir) names.push(ent.name + (ent.isDirectory() ? '/' : ''));
  console.log(names.sort());
  try { await dir.close(); } catch (e) { console.log(e.code, e.message); }
  const dir2 = fs.opendirSync(d);
  console.log(dir2.path, dir2.readSync() !== null);
  dir2.closeSync();
  await fs.promises.cp(d, d + '_copy', { recursive: true });
  console.log(fs.readdirSync(d + '_copy', { recursive: true }).sort());
  try { await fs.promises.cp(d, d + '_copy2'); } catch (e) { console.log(e.code, e.message); }
  fs.rmSync(d, { recursive: true });
  fs.rm(d + '_copy', { recursive: true }, e => console.log('rm', e));
  fs.rm('nope_dir', e => console.log(e.code, e.message));
  fs.rm('nope_dir', { force: true }, e => console.log('force', e));
})();
