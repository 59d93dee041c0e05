const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c'], { objectMode: true });
r.on('data', (d) => console.log('data', d));
r.on('readable', () => { console.log('readable', r.readableFlowing); let v; while ((v = r.read()) !== null) console.log('read', v); });
r.on('end', () => console.log('end'));
process.nextTick(() => console.log('tick'));
