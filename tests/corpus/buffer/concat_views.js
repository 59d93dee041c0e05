// concat copies from subarrays and typed-array views of shared memory.
const base = Buffer.from('0123456789');
const out = Buffer.concat([base.subarray(2, 4), base.subarray(7), new Uint8Array(base.buffer, base.byteOffset, 1)]);
console.log(out.toString());
base[2] = 0x41;
console.log(out.toString(), base.toString());
