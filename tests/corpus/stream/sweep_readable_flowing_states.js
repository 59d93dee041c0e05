// readableFlowing through pause, 'data', resume and a 'readable' listener.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
console.log(r.readableFlowing);
r.pause(); console.log(r.readableFlowing);
r.on('data', () => {}); console.log(r.readableFlowing);
r.resume(); console.log(r.readableFlowing);
const r2 = new Readable({ read() {} });
r2.on('data', d => console.log('data', d.toString()));
console.log(r2.readableFlowing);
r2.on('readable', () => console.log('readable', r2.read()));
console.log(r2.readableFlowing);
r2.push('x');
r2.removeAllListeners('readable');
console.log(r2.readableFlowing);
setImmediate(() => { console.log('imm', r2.readableFlowing); r2.push('y'); r2.push(null); });
