// A failed synchronous call: Node's own frames (lib/fs.js) above the caller, by the call and
// where it failed (readFileSync opens then reads, except in UTF-8; writeFileSync writes a
// string in one binding call when the options say utf8).
const fs = require('fs');
const D = 'tmp_sync_error_frames';
fs.rmSync(D, { recursive: true, force: true });
fs.mkdirSync(D + '/sub', { recursive: true });
fs.writeFileSync(D + '/a.txt', 'x');
const ops = [
  ['readFileSync missing', () => fs.readFileSync(D + '/nope')],
  ['readFileSync utf8 missing', () => fs.readFileSync(D + '/nope', 'utf8')],
  ['readFileSync dir', () => fs.readFileSync(D)],
  ['writeFileSync missing dir', () => fs.writeFileSync(D + '/no/x', 'a')],
  ['writeFileSync buf missing dir', () => fs.writeFileSync(D + '/no/x', Buffer.from('a'))],
  ['writeFileSync dir', () => fs.writeFileSync(D, 'a')],
  ['appendFileSync missing dir', () => fs.appendFileSync(D + '/no/x', 'a')],
  ['readdirSync missing', () => fs.readdirSync(D + '/nope')],
  ['readdirSync file', () => fs.readdirSync(D + '/a.txt')],
  ['statSync missing', () => fs.statSync(D + '/nope')],
  ['lstatSync missing', () => fs.lstatSync(D + '/nope')],
  ['mkdirSync exists', () => fs.mkdirSync(D)],
  ['mkdirSync missing parent', () => fs.mkdirSync(D + '/no/x')],
  ['rmdirSync missing', () => fs.rmdirSync(D + '/nope')],
  ['rmdirSync notempty', () => fs.rmdirSync(D)],
  ['unlinkSync missing', () => fs.unlinkSync(D + '/nope')],
  ['renameSync missing', () => fs.renameSync(D + '/nope', D + '/x')],
  ['copyFileSync missing', () => fs.copyFileSync(D + '/nope', D + '/x')],
  ['accessSync missing', () => fs.accessSync(D + '/nope')],
  ['rmSync missing', () => fs.rmSync(D + '/nope')],
  ['rmSync dir', () => fs.rmSync(D + '/sub')],
  ['readSync bad', () => fs.readSync(999, Buffer.alloc(1))],
  ['closeSync bad', () => fs.closeSync(999)],
  ['fstatSync bad', () => fs.fstatSync(999)],
  ['writeSync bad', () => fs.writeSync(999, 'x')],
  ['readlinkSync missing', () => fs.readlinkSync(D + '/nope')],
  ['realpathSync missing', () => fs.realpathSync(D + '/nope')],
  ['opendirSync missing', () => fs.opendirSync(D + '/nope')],
  ['truncateSync missing', () => fs.truncateSync(D + '/nope')],
  ['chmodSync missing', () => fs.chmodSync(D + '/nope', 0o644)],
];
for (const [label, op] of ops) {
  try { op(); console.log(label, 'no error'); } catch (e) {
    const lines = e.stack.split('\n');
    const i = lines.findIndex((l) => l.includes('sync_error_frames.js'));
    console.log(label.padEnd(30), e.code, '::', lines.slice(1, i).map((l) => l.trim()).join(' | '));
  }
}
fs.rmSync(D, { recursive: true, force: true });
