const { Readable } = require('stream');
const r = new Readable({ read() {} , highWaterMark: 4});
r.push('hello'); r.push('world'); r.push(null);
r.on('readable', () => { let c; console.log('readable', r.readableLength); while ((c = r.read(3)) !== null) console.log('chunk', c.toString()); });
r.on('end', () => console.log('end'));
