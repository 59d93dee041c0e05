// Node's own frames above a Buffer method's error: each check throws from its own line of
// lib/buffer.js or lib/internal/buffer.js, under the function the learner called.
const show = (label, fn) => {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '.'));
  }
};
const b = Buffer.alloc(4);
show('from', () => Buffer.from(5));
show('from encoding', () => Buffer.from('x', 'nope'));
show('from offset', () => Buffer.from(new ArrayBuffer(2), 5));
show('alloc', () => Buffer.alloc(-1));
show('alloc fill', () => Buffer.alloc(4, 'x', 'nope'));
show('allocUnsafe', () => Buffer.allocUnsafe('x'));
show('concat', () => Buffer.concat('x'));
show('concat item', () => Buffer.concat([1]));
show('write', () => b.write(1));
show('write encoding', () => b.write('a', 0, 1, 'nope'));
show('write offset', () => b.write('a', 9));
show('toString', () => b.toString('nope'));
show('byteLength', () => Buffer.byteLength(5));
show('fill encoding', () => b.fill('x', 'nope'));
show('fill offset', () => b.fill(1, -1));
show('fill value', () => b.fill('zz', 'hex'));
show('copy', () => b.copy('x'));
show('copy start', () => b.copy(Buffer.alloc(2), -1));
show('compare', () => Buffer.compare(b, 1));
show('equals', () => b.equals(1));
show('indexOf', () => b.indexOf({}));
show('includes', () => b.includes('a', 0, 'nope'));
show('swap32', () => Buffer.alloc(3).swap32());
for (const name of ['readUInt8', 'readInt16BE', 'readUInt32LE', 'readBigInt64LE', 'readDoubleLE', 'readFloatBE']) {
  show(`${name} range`, () => b[name](99));
  show(`${name} type`, () => b[name]('x'));
  show(`${name} integer`, () => b[name](1.5));
  show(`${name} empty`, () => Buffer.alloc(0)[name](0));
}
for (const name of ['writeUInt8', 'writeInt16BE', 'writeUInt32LE', 'writeBigUInt64BE', 'writeDoubleLE', 'writeFloatBE']) {
  const zero = name.includes('Big') ? 0n : 0;
  show(`${name} range`, () => b[name](zero, 99));
  show(`${name} type`, () => b[name](zero, 'x'));
  show(`${name} value`, () => b[name](name.includes('Big') ? 2n ** 70n : 1e20, 0));
}
