// Views of the same bytes at different offsets compare by content.
const buf = Buffer.from('abcabc');
console.log(buf.subarray(0, 3).equals(buf.subarray(3)), buf.subarray(0, 2).equals(buf.subarray(1, 3)));
console.log(Buffer.compare(buf.subarray(1, 3), buf.subarray(4)));
