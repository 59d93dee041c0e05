// An empty needle matches at the (clamped) byteOffset, like String.prototype.indexOf.
const buf = Buffer.from('abc');
for (const off of [undefined, 0, 2, 3, 10, -1, -10]) {
  console.log(String(off), buf.indexOf('', off), buf.lastIndexOf('', off), buf.indexOf(Buffer.alloc(0), off));
}
console.log(Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).lastIndexOf(0));
