// Removing the 'readable' listener lets 'data' flow again (on a later tick).
const { Readable } = require('stream');
const r = new Readable({ read() {} });
const onReadable = () => console.log('readable');
r.on('readable', onReadable);
r.on('data', (c) => console.log('data', String(c)));
r.push('x');
console.log('flowing', r.readableFlowing);
setImmediate(() => {
  r.removeListener('readable', onReadable);
  console.log('removed, flowing', r.readableFlowing);
  process.nextTick(() => console.log('next tick, flowing', r.readableFlowing));
  setImmediate(() => {
    r.push('y');
    r.push(null);
  });
});
r.on('end', () => console.log('end'));
