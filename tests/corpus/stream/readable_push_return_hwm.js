// push() returns false once the buffer reaches highWaterMark; _read is called as it drains.
const { Readable } = require('stream');
let calls = 0;
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    calls++;
    console.log('_read', size, 'length', this.readableLength);
  },
});
console.log(r.push('ab'), r.readableLength);
console.log(r.push('cd'), r.readableLength);
console.log(r.push('ef'), r.readableLength);
setImmediate(() => {
  console.log('calls before read', calls);
  console.log(String(r.read(5)), r.readableLength);
  process.nextTick(() => console.log('calls after read', calls));
});
