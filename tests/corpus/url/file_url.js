const { fileURLToPath, pathToFileURL } = require('url');
console.log(fileURLToPath('file:///home/learner/a%20b.txt'));
console.log(fileURLToPath(new URL('file:///tmp/%E2%9C%93')));
console.log(pathToFileURL('/srv/data/some file#1?.txt').href);
console.log(pathToFileURL('/srv/dir/').href);
console.log(pathToFileURL('/srv/100%/x').href);
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2fb']) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.code, e.message); }
}
try { fileURLToPath(42); } catch (e) { console.log(e.code, e.message); }
