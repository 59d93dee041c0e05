// 'open', 'ready', 'data', 'end', 'close' against ticks, promises, immediates and timers.
const fs = require('fs');
const s = fs.createReadStream('file.txt');
for (const ev of ['open', 'ready', 'end', 'close']) {
  s.on(ev, (arg) => {
    console.log('event', ev, ev === 'open' ? typeof arg : '');
    process.nextTick(() => console.log('  tick after', ev));
    setImmediate(() => console.log('  immediate after', ev));
  });
}
s.on('data', (d) => console.log('data', d.length, JSON.stringify(String(d).slice(0, 5))));
console.log('pending', s.pending, 'path', s.path);
