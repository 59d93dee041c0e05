// fs.watch on a directory: 'rename' when a child appears or goes, 'change' when it is written.
const fs = require('fs');
const dir = 'tmp_fs_watch_dir';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const watcher = fs.watch(dir);
watcher.on('change', (eventType, filename) => console.log(eventType, filename));
watcher.on('close', () => console.log('watcher closed'));
const steps = [
  () => fs.writeFileSync(`${dir}/new.txt`, 'x'),
  () => fs.appendFileSync(`${dir}/new.txt`, 'y'),
  () => fs.renameSync(`${dir}/new.txt`, `${dir}/renamed.txt`),
  () => fs.unlinkSync(`${dir}/renamed.txt`),
  () => { watcher.close(); fs.rmSync(dir, { recursive: true }); },
];
steps.forEach((step, i) => setTimeout(() => { console.log(`step ${i}`); step(); }, 60 * (i + 1)));
