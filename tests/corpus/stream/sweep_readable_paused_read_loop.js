const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('x'); r.push('y');
console.log('flowing', r.readableFlowing, 'len', r.readableLength);
r.on('readable', () => {
  let c;
  console.log('readable event');
  while ((c = r.read()) !== null) console.log('read', c.toString());
});
setImmediate(() => { r.push('z'); console.log('pushed z'); });
setTimeout(() => { r.push(null); console.log('pushed null'); }, 5);
r.on('end', () => console.log('end'));
