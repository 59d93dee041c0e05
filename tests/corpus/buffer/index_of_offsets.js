// byteOffset may be negative (from the end), fractional (truncated) or out of range.
const buf = Buffer.from('abcabc');
for (const off of [undefined, 0, 1, 1.5, 1.9, -1, -1.5, -4.5, -100, 100, NaN, null, {}, '3', 2 ** 40, -(2 ** 40)]) {
  const label = typeof off === 'object' && off !== null ? '{}' : typeof off === 'string' ? `'${off}'` : String(off);
  let r;
  try { r = [buf.indexOf('b', off), buf.lastIndexOf('b', off), buf.includes('b', off)]; } catch (e) { r = e.message; }
  console.log(label, r);
}
