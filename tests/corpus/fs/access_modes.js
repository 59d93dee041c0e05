// access() modes: F_OK/R_OK/W_OK/X_OK (X needs an x bit), mode validation.
const fs = require('fs');
fs.writeFileSync('tmp_access_modes.txt', 'x');
fs.chmodSync('tmp_access_modes.txt', 0o444);
for (const [n, m] of [['F', fs.constants.F_OK], ['R', fs.constants.R_OK], ['W', fs.constants.W_OK], ['X', fs.constants.X_OK], ['RW', fs.constants.R_OK | fs.constants.W_OK]]) {
  try { fs.accessSync('tmp_access_modes.txt', m); console.log(n, 'ok'); } catch (e) { console.log(n, e.code, e.message); }
}
try { fs.accessSync('tmp_access_missing.txt'); } catch (e) { console.log(e.code, e.syscall, e.errno); }
fs.access('tmp_access_modes.txt', fs.constants.W_OK, (err) => {
  console.log('cb W', err && err.code, err && err.message);
  fs.access('tmp_access_modes.txt', (err) => console.log('cb F', err));
});
fs.promises.access('tmp_access_missing.txt', fs.constants.R_OK).catch((e) => console.log('p', e.code, e.message));
try { fs.accessSync('tmp_access_modes.txt', 8); } catch (e) { console.log(e.code, e.message); }
try { fs.accessSync('tmp_access_modes.txt', 'r'); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => fs.unlinkSync('tmp_access_modes.txt'), 5);
