const fs = require('fs');
const D = 'tmp_sync_error_frames_2';
fs.rmSync(D, { recursive: true, force: true });
fs.mkdirSync(D + '/sub', { recursive: true });
fs.writeFileSync(D + '/a.txt', 'x');
const ops = [
  ['readFileSync utf8 dir', () => fs.readFileSync(D, 'utf8')],
  ['readFileSync opts utf8 missing', () => fs.readFileSync(D + '/nope', { encoding: 'utf8' })],
  ['readFileSync latin1 missing', () => fs.readFileSync(D + '/nope', 'latin1')],
  ['appendFileSync buf missing', () => fs.appendFileSync(D + '/no/x', Buffer.from('a'))],
  ['writeFileSync wx exists', () => fs.writeFileSync(D + '/a.txt', 'a', { flag: 'wx' })],
  ['writeFileSync buf wx exists', () => fs.writeFileSync(D + '/a.txt', Buffer.from('a'), { flag: 'wx' })],
  ['readdirSync types missing', () => fs.readdirSync(D + '/nope', { withFileTypes: true })],
  ['statSync bigint missing', () => fs.statSync(D + '/nope', { bigint: true })],
  ['mkdirSync rec file parent', () => fs.mkdirSync(D + '/a.txt/x', { recursive: true })],
];
for (const [label, op] of ops) {
  try { op(); console.log(label, 'no error'); } catch (e) {
    const lines = e.stack.split('\n');
    const i = lines.findIndex((l) => l.includes('sync_error_frames_options.js'));
    console.log(label.padEnd(30), e.code, '::', lines.slice(1, i).map((l) => l.trim()).join(' | '));
  }
}
fs.rmSync(D, { recursive: true, force: true });
