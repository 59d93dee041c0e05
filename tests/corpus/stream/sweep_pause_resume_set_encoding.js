const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
console.log(r.readableFlowing, r.isPaused());
r.on('data', (c) => { console.log('data', c, r.readableFlowing); if (c === 'a') { r.pause(); console.log('paused', r.isPaused()); setTimeout(() => r.resume(), 10); } });
r.on('end', () => console.log('end'));
const r2 = new Readable({ read() {} }); r2.setEncoding('utf8'); r2.push(Buffer.from([0xe2, 0x82])); r2.push(Buffer.from([0xac])); r2.push(null);
r2.on('data', (d) => console.log('r2', JSON.stringify(d))); console.log(r2.readableEncoding);
