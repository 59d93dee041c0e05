// lastIndexOf with Buffer needles and offsets.
const buf = Buffer.from('abcabcab');
const n = Buffer.from('ab');
for (const off of [undefined, 7, 6, 5, 3, 2, 0, -1, -3, -9, 100]) console.log(String(off), buf.lastIndexOf(n, off), buf.indexOf(n, off));
