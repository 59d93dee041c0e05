const fs = require('fs');
const a = 'sweep_pipe_a.tmp', b = 'sweep_pipe_b.tmp';
fs.writeFileSync(a, 'x'.repeat(10));
const rs = fs.createReadStream(a, { highWaterMark: 4 });
const ws = fs.createWriteStream(b);
rs.on('end', () => console.log('rs end'));
rs.on('close', () => console.log('rs close'));
ws.on('finish', () => console.log('ws finish'));
ws.on('close', () => {
  console.log('ws close', fs.readFileSync(b, 'utf8').length);
  fs.unlinkSync(a); fs.unlinkSync(b);
});
rs.pipe(ws);
