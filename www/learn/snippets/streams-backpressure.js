// Backpressure: write() returns false once the buffered bytes reach highWaterMark;
// the writer should wait for 'drain' before writing more.
const { Writable } = require('stream');

const slow = new Writable({
  highWaterMark: 4,
  write(chunk, encoding, callback) {
    setTimeout(callback, 1); // a slow destination
  },
});
console.log('write 1 ->', slow.write('ab'));
console.log('write 2 ->', slow.write('cd'));
slow.on('drain', () => console.log('drain: the buffer emptied, write again'));
