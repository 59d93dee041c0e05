// fs.promises.opendir and for await: the Dir closes itself when iteration ends; read() with a callback and with a promise.
const fs = require('fs');
const root = 'tmp_opendir_async';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(`${root}/d`, { recursive: true });
(async () => {
  const dir = await fs.promises.opendir(root);
  for await (const entry of dir) console.log('entry', entry.name, entry.isDirectory(), entry.parentPath);
  try { await dir.close(); } catch (e) { console.log('after iteration:', e.code); }
  fs.opendir(root, (err, d) => {
    console.log('opendir cb', err, d.path);
    d.read((err2, entry) => {
      console.log('read cb', err2, entry.name);
      d.read().then((end) => {
        console.log('read promise', end);
        d.close((err3) => {
          console.log('closed', err3);
          fs.rmSync(root, { recursive: true });
        });
      });
    });
  });
  fs.opendir(`${root}/missing`, (err) => console.log('missing', err.message));
})();
