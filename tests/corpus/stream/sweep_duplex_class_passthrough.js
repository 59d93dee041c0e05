const { Duplex, PassThrough } = require('stream');
class Echo extends Duplex { constructor() { super(); this.buf = []; } _write(c, e, cb) { this.push(c.toString().toUpperCase()); cb(); } _read() {} _final(cb) { this.push(null); cb(); } }
const e = new Echo(); e.on('data', d => console.log('data', d.toString())); e.on('end', () => console.log('end')); e.on('finish', () => console.log('finish')); e.on('close', () => console.log('close'));
e.write('hi'); e.end('there');
const p = new PassThrough(); p.end('pt'); p.on('data', d => console.log('pt', d)); console.log(p);
