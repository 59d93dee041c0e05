// buf.equals compares contents with any Buffer or Uint8Array.
const a = Buffer.from('abc');
console.log(a.equals(Buffer.from('abc')), a.equals(Buffer.from('abd')), a.equals(new Uint8Array([97, 98, 99])), a.equals(a));
console.log(Buffer.alloc(0).equals(new Uint8Array(0)), a.equals(a.subarray(0, 2)));
