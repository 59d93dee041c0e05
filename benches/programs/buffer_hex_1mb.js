// buf.toString('hex') and Buffer.from(hex, 'hex') on 1 MB, four times.
const buf = Buffer.alloc(1 << 20, 'looplab, buffers');
let total = 0;
for (let i = 0; i < 4; i++) {
  const hex = buf.toString('hex');
  total += Buffer.from(hex, 'hex').length + hex.length;
}
console.log(total);
