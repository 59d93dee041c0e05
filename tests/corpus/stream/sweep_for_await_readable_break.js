const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c', 'd']);
r.on('close', () => console.log('close event'));
(async () => {
  for await (const c of r) {
    console.log('chunk', c);
    if (c === 'b') break;
  }
  console.log('after loop', r.destroyed);
})();
setImmediate(() => console.log('imm'));
