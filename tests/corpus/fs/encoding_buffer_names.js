// readdir's encoding names the entries (Buffers for 'buffer'); readFileSync with 'buffer' throws
// from Buffer#toString; an unknown encoding is ERR_INVALID_ARG_VALUE.
const fs = require('fs');
const d = 'tmp_encoding_buffer_names';
fs.mkdirSync(d);
fs.writeFileSync(`${d}/one.txt`, 'uno');
fs.writeFileSync(`${d}/two.txt`, 'dos');
try { console.log(fs.readFileSync(`${d}/one.txt`, { encoding: 'buffer' })); } catch (e) { console.log(e.code, e.message); }
try { console.log(fs.readFileSync(`${d}/one.txt`, 'buffer')); } catch (e) { console.log(e.code, e.message); }
console.log(fs.readdirSync(d, { encoding: 'buffer' }));
console.log(fs.readdirSync(d, 'buffer'));
console.log(fs.readdirSync(d, { encoding: 'hex' }));
console.log(fs.readdirSync(d, { encoding: 'base64', withFileTypes: false }));
console.log(fs.readdirSync(d, { encoding: 'buffer', withFileTypes: true })[0].name);
for (const enc of ['utf9', 'nope', 42]) {
  try { fs.readdirSync(d, { encoding: enc }); } catch (e) { console.log(e.code, e.name, e.message); }
  try { fs.readFileSync(`${d}/one.txt`, { encoding: enc }); } catch (e) { console.log(e.code, e.message); }
}
try { fs.readFileSync(`${d}/one.txt`, 'bogus'); } catch (e) { console.log(e.code, e.message); }
console.log(fs.readFileSync(`${d}/two.txt`, { encoding: 'base64' }));
fs.readdir(d, { encoding: 'buffer' }, (e, l) => {
  console.log('cb', l);
  fs.promises.readdir(d, 'latin1').then((l) => {
    console.log('p', l);
    fs.rmSync(d, { recursive: true });
  });
});
