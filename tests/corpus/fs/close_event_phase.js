// A read stream's close against immediates and timers.
const fs = require('fs');
fs.writeFileSync('tmp_close.txt', 'data');
const s = fs.createReadStream('tmp_close.txt');
s.on('open', () => console.log('open'));
s.on('data', (d) => console.log('data', String(d)));
s.on('end', () => {
  console.log('end');
  setImmediate(() => console.log('immediate after end'));
});
s.on('close', () => {
  console.log('close');
  fs.unlinkSync('tmp_close.txt');
});
