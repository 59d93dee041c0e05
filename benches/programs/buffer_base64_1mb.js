// buf.toString('base64') and Buffer.from(base64, 'base64') on 1 MB, four times.
const buf = Buffer.alloc(1 << 20, 'looplab, buffers');
let total = 0;
for (let i = 0; i < 4; i++) {
  const text = buf.toString('base64');
  total += Buffer.from(text, 'base64').length + text.length;
}
console.log(total);
