const fs = require('fs');
const f = 'sweep_ws_finish.tmp';
const ws = fs.createWriteStream(f);
for (const ev of ['open', 'ready', 'finish', 'close']) ws.on(ev, () => console.log(ev));
console.log('write ret', ws.write('abc'));
ws.end('def', () => console.log('end cb'));
ws.on('close', () => { console.log('content', fs.readFileSync(f, 'utf8')); fs.unlinkSync(f); });
