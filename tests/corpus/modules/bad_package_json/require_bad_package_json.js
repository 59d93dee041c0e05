// A package whose package.json does not parse: Node 20's CommonJS loader rethrows JSON.parse's
// SyntaxError, its message prefixed with the file, with `path` (package_json_reader's read).
const clean = (text) => text.replaceAll(__dirname, '.');
for (const request of ['badpkg', './_dir', 'badpkg/index.js']) {
  try {
    require(request);
  } catch (err) {
    console.log(err.name, err.code, clean(err.message));
    console.log(clean(err.path));
    console.log(Object.keys(err));
    console.log(clean(err.stack));
  }
}
// Not cached: the second try fails the same way.
try { require('badpkg'); } catch (err) { console.log('again', err instanceof SyntaxError); }
