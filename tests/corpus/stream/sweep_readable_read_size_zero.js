const { Readable } = require('stream');
let calls = 0;
const r = new Readable({
  highWaterMark: 4,
  read(n) { calls++; console.log('_read', n, calls); if (calls > 3) this.push(null); else setImmediate(() => this.push('ab')); },
});
r.on('readable', () => { let c; while ((c = r.read()) !== null) console.log('got', c.toString()); });
r.on('end', () => console.log('end', calls));
