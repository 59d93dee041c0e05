// The empty path names nothing: every syscall answers ENOENT (and fs.watch's JavaScript error
// leaves the empty path out of its message), while realpath resolves it to the cwd first.
const fs = require('fs');
fs.writeFileSync('empty_path_enoent.tmp', '1');
process.on('exit', () => fs.unlinkSync('empty_path_enoent.tmp'));
for (const [name, fn] of [
  ['existsSync', () => fs.existsSync('')],
  ['readFileSync', () => fs.readFileSync('')],
  ['statSync', () => fs.statSync('')],
  ['lstatSync', () => fs.lstatSync('')],
  ['readdirSync', () => fs.readdirSync('')],
  ['accessSync', () => fs.accessSync('')],
  ['writeFileSync', () => fs.writeFileSync('', 'x')],
  ['mkdirSync', () => fs.mkdirSync('')],
  ['openSync', () => fs.openSync('', 'r')],
  ['rmSync', () => fs.rmSync('')],
  ['unlinkSync', () => fs.unlinkSync('')],
  ['renameSync', () => fs.renameSync('empty_path_enoent.tmp', '')],
  ['copyFileSync', () => fs.copyFileSync('empty_path_enoent.tmp', '')],
  ['realpathSync', () => fs.realpathSync('') === process.cwd()],
  ['realpathSync.native', () => fs.realpathSync.native('')],
]) {
  try { console.log(name, fn()); } catch (e) { console.log(name, e.code, e.message); }
}
try { fs.watch(''); } catch (e) { console.log(e.message, Object.keys(e)); }
fs.stat('', (err) => {
  console.log('stat cb', err.message);
  fs.exists('', (found) => {
    console.log('exists cb', found);
    fs.realpath('', (e, p) => {
      console.log('realpath cb', e, p === process.cwd());
      fs.promises.readFile('').catch((e) => {
        console.log('promises.readFile', e.message);
        fs.createReadStream('').on('error', (e) => console.log('createReadStream', e.message));
      });
    });
  });
});
