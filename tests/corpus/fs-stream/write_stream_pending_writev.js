// A write stream's writes buffered while the file opens go out as one writev, so each
// write callback already sees every buffered byte in bytesWritten.
const fs = require('fs');
process.on('exit', () => fs.unlinkSync('out.txt'));
fs.writeFileSync('out.txt', 'start\n');
const ws = fs.createWriteStream('out.txt', { flags: 'a' });
ws.on('open', () => console.log('open'));
ws.on('ready', () => console.log('ready'));
console.log(ws.pending, ws.bytesWritten, ws.path);
ws.write('one\n');
ws.write('two\n', () => console.log('two written', ws.bytesWritten));
ws.end('three\n');
ws.on('finish', () => console.log('finish', ws.bytesWritten));
ws.on('close', () => { console.log('close'); console.log(fs.readFileSync('out.txt', 'utf8')); });
