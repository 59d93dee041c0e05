// A directory tree walked with withFileTypes, sized through fs.promises, removed recursively.
const fs = require('fs');
const path = require('path');
const root = 'tmp_u08';
fs.mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
fs.writeFileSync(path.join(root, 'src', 'a.js'), 'a');
fs.writeFileSync(path.join(root, 'src', 'lib', 'b.js'), 'bb');
fs.writeFileSync(path.join(root, 'readme.md'), 'ccc');
function walk(dir, depth = 0) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    console.log('  '.repeat(depth) + (e.isDirectory() ? e.name + '/' : `${e.name} (${fs.statSync(p).size}b)`));
    if (e.isDirectory()) walk(p, depth + 1);
  }
}
walk(root);
(async () => {
  const entries = await fs.promises.readdir(root, { recursive: true, withFileTypes: true });
  console.log(entries.map(e => path.join(path.relative(root, e.parentPath ?? e.path), e.name)).sort());
  const du = async (d) => { let t = 0; for (const e of await fs.promises.readdir(d, { withFileTypes: true })) t += e.isDirectory() ? await du(path.join(d, e.name)) : (await fs.promises.stat(path.join(d, e.name))).size; return t; };
  console.log('total', await du(root));
  await fs.promises.rm(root, { recursive: true });
  console.log(fs.existsSync(root));
})();
