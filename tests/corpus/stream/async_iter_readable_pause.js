// Breaking out of for await over a Readable destroys it.
const { Readable } = require('stream');
const r = new Readable({
  read() {},
  destroy(err, cb) { console.log('destroy called'); cb(err); },
});
r.push('a'); r.push('b'); r.push('c');
r.on('close', () => console.log('close'));
(async () => {
  for await (const c of r) {
    console.log('chunk', String(c));
    break;
  }
  console.log('after loop, destroyed', r.destroyed);
})();
