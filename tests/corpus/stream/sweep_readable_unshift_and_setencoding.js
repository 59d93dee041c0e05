const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.push(Buffer.from([0xe2, 0x82]));
r.push(Buffer.from([0xac, 0x41]));
r.once('readable', () => {
  const s = r.read(1);
  console.log('first', JSON.stringify(s));
  r.unshift(s);
  console.log('again', JSON.stringify(r.read()));
  r.push(null);
});
r.on('end', () => console.log('end'));
r.resume();
