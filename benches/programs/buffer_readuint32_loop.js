// buf.readUInt32LE over a 64 KiB buffer, 200,000 reads.
const buf = Buffer.alloc(1 << 16, 'looplab');
let sum = 0;
for (let i = 0; i < 200000; i++) sum = (sum + buf.readUInt32LE((i * 4) & 0xfffc)) % 1000000007;
console.log(sum);
