// A write stream: 'open', 'ready', writes as poll-phase I/O, 'finish', 'close'.
const fs = require('fs');
const w = fs.createWriteStream('out.txt');
for (const ev of ['open', 'ready', 'finish', 'close']) w.on(ev, () => console.log('event', ev, w.bytesWritten));
console.log('write 1', w.write('hello '));
console.log('write 2', w.write('world\n', () => console.log('write 2 done')));
w.end('bye\n', () => console.log('end callback'));
w.on('close', () => console.log(JSON.stringify(fs.readFileSync('out.txt', 'utf8'))));
console.log('pending', w.pending);
