// Records src/builtin_frames/buffer.rs's rows from node 20 itself: run `node scripts/buffer_frames.cjs`
// and paste its output into BUFFER_THROWS. Each row is (entry, code, arrow line, Node's frames):
// the arrow line is the top frame's file:line, or node:internal/errors:541 when the top frame
// calls a validator (hideStackFrames hides the validator's own frame).
const fs = require('fs');
const out = new Map();
function srcLine(file, line) {
  const p = file.replace(/^node:/, '/work/nsrc/lib/') + '.js';
  return fs.readFileSync(p, 'utf8').split('\n')[line - 1];
}
function rec(entry, fn) {
  try { fn(); } catch (e) {
    if (!e.code) return;
    const lines = e.stack.split('\n').filter(l => l.startsWith('    at '));
    const internal = [];
    for (const l of lines) { if (l.includes(__filename)) break; internal.push(l.trim().slice(3)); }
    const m = internal[0] && internal[0].match(/\((node:[^:]+):(\d+):\d+\)$/);
    if (!m) return;
    const key = /\bvalidate[A-Z]\w*\(/.test(srcLine(m[1], +m[2])) ? 'node:internal/errors:541' : `${m[1]}:${m[2]}`;
    const id = `("${entry}", "${e.code}", "${key}")`;
    if (!out.has(id)) out.set(id, internal);
  }
}
// The variable-width accessors (readUIntLE, writeIntBE, ...) are recorded below, their entry
// keyed with `byteLength` (`readIntLE/6`, `/*` for one that is not 1 to 6): which of Node's
// functions they call depends on it.
const names = Object.getOwnPropertyNames(Buffer.prototype)
  .filter(n => /^(read|write)(U?Int|BigU?Int|Float|Double)/.test(n) && !/Uint/.test(n) && !/^(read|write)U?Int[LB]E$/.test(n));
for (const n of names) {
  const small = Buffer.alloc(1), b8 = Buffer.alloc(16);
  const entry = b8[n].name; // the function's own name, as looplab's stack names it
  const isW = n.startsWith('write');
  const isBig = /Big/.test(n);
  const v = isBig ? 0n : 0;
  const args = (off) => isW ? [v, off] : [off];
  rec(entry, () => b8[n](...args(99)));
  rec(entry, () => b8[n](...args('x')));
  rec(entry, () => b8[n](...args(1.5)));
  rec(entry, () => Buffer.alloc(0)[n](...args(0)));
  rec(entry, () => small[n](...args(0)));
  if (isW) rec(entry, () => b8[n](isBig ? 2n ** 70n : 1e20, 0));
}
for (const n of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  const isW = n.startsWith('write');
  for (const width of [1, 2, 3, 4, 5, 6, 7, 'x', undefined]) {
    const key = `${n}/${Number.isInteger(width) && width >= 1 && width <= 6 ? width : '*'}`;
    const args = (off) => isW ? [0, off, width] : [off, width];
    const b8 = Buffer.alloc(16);
    rec(key, () => b8[n](...args(99)));
    rec(key, () => b8[n](...args('x')));
    rec(key, () => b8[n](...args(1.5)));
    rec(key, () => b8[n](...args(undefined)));
    rec(key, () => Buffer.alloc(0)[n](...args(0)));
    rec(key, () => Buffer.alloc(1)[n](...args(0)));
    if (isW) rec(key, () => b8[n](1e20, 0, width));
  }
}
const b = Buffer.alloc(4);
const pub = {
  from: [() => Buffer.from(5), () => Buffer.from('x', 'nope'), () => Buffer.from(new ArrayBuffer(2), 5), () => Buffer.from(new ArrayBuffer(2), 0, 5), () => Buffer.from(Symbol())],
  alloc: [() => Buffer.alloc(-1), () => Buffer.alloc('x'), () => Buffer.alloc(4, 'x', 'nope'), () => Buffer.alloc(4, '', 'nope'), () => Buffer.alloc(4, 'zz', 'hex')],
  allocUnsafe: [() => Buffer.allocUnsafe(-1), () => Buffer.allocUnsafe('x')],
  allocUnsafeSlow: [() => Buffer.allocUnsafeSlow(-1), () => Buffer.allocUnsafeSlow('x')],
  concat: [() => Buffer.concat('x'), () => Buffer.concat([1]), () => Buffer.concat([b], 'x'), () => Buffer.concat([b], -1)],
  byteLength: [() => Buffer.byteLength(5)],
  compare: [() => Buffer.compare(1, b), () => Buffer.compare(b, 1)],
  write: [() => b.write(1), () => b.write('a', 'x'), () => b.write('a', 9), () => b.write('a', 0, 9), () => b.write('a', 0, 1, 'nope'), () => b.write('a', -1), () => b.write('a', 0, -1)],
  toString: [() => b.toString('nope')],
  fill: [() => b.fill('x', 'nope'), () => b.fill(1, -1), () => b.fill(1, 0, 9), () => b.fill('zz', 'hex'), () => b.fill(1, 'x'), () => b.fill('x', 0, 4, 'nope'), () => b.fill(1, 0, 'x'), () => b.fill('x', 0, 4, 5)],
  copy: [() => b.copy('x'), () => b.copy(Buffer.alloc(2), -1), () => b.copy(Buffer.alloc(2), 0, -1), () => b.copy(Buffer.alloc(2), 0, 0, -1), () => b.copy(Buffer.alloc(2), 'x'), () => b.copy(Buffer.alloc(2), 0, 9)],
  equals: [() => b.equals(1)],
  indexOf: [() => b.indexOf({}), () => b.indexOf('a', 0, 'nope')],
  lastIndexOf: [() => b.lastIndexOf({}), () => b.lastIndexOf('a', 0, 'nope')],
  includes: [() => b.includes({}), () => b.includes('a', 0, 'nope')],
  swap16: [() => Buffer.alloc(3).swap16()],
  swap32: [() => Buffer.alloc(3).swap32()],
  swap64: [() => Buffer.alloc(3).swap64()],
  copyBytesFrom: [() => Buffer.copyBytesFrom(1), () => Buffer.copyBytesFrom(new Uint8Array(2), 'x'), () => Buffer.copyBytesFrom(new Uint8Array(2), -1)],
  isUtf8: [() => require('buffer').isUtf8(1)],
  isAscii: [() => require('buffer').isAscii(1)],
};
for (const [n, fns] of Object.entries(pub)) for (const f of fns) rec(n, f);
for (const [k, v] of out) console.log(`    ${k.slice(0, -1)}, &[${v.map(l => `"${l}"`).join(', ')}]),`);
