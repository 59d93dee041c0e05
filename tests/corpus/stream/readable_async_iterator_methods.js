// readable.iterator({ destroyOnReturn: false }) keeps the stream after a break.
const { Readable } = require('stream');
(async () => {
  const r = Readable.from([1, 2, 3]);
  for await (const x of r.iterator({ destroyOnReturn: false })) {
    console.log('first loop', x);
    break;
  }
  console.log('destroyed', r.destroyed);
  for await (const x of r) console.log('second loop', x);
  console.log('destroyed', r.destroyed);
})();
