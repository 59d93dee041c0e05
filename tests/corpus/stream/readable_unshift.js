// unshift puts data back at the front of the buffer.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('world');
const first = r.read(2);
console.log(String(first));
r.unshift(first);
r.unshift('hello ');
console.log(String(r.read()));
r.push(null);
r.on('end', () => {
  console.log('end');
  try {
    r.unshift('late');
  } catch (e) {
    console.log('threw', e.code);
  }
});
r.on('error', (e) => console.log('error', e.code, e.message));
r.resume();
