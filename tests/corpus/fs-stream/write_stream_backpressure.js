// A write stream with a small highWaterMark: false from write(), then 'drain'.
const fs = require('fs');
const w = fs.createWriteStream('bp.txt', { highWaterMark: 8 });
let i = 0;
function writeMore() {
  while (i < 6) {
    i++;
    const ok = w.write(`line ${i}\n`);
    console.log('write', i, ok, w.writableLength);
    if (!ok) {
      w.once('drain', () => {
        console.log('drain');
        writeMore();
      });
      return;
    }
  }
  w.end();
}
writeMore();
w.on('finish', () => console.log('finish', fs.readFileSync('bp.txt', 'utf8').split('\n').length));
