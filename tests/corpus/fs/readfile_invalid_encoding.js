const fs = require('fs');
for (const enc of ['bogus', 'UTF8', 'latin1']) {
  try { const d = fs.readFileSync(__filename, { encoding: enc }); console.log(enc, typeof d); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { fs.readFile(__filename, 'nope', () => {}); } catch (e) { console.log('cb', e.code, e.message); }
fs.promises.readFile(__filename, { encoding: 'nope' }).catch((e) => console.log('promise', e.code, e.message));
