// A stream error rejects the for await loop.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('one');
setImmediate(() => r.destroy(new Error('broken')));
(async () => {
  try {
    for await (const chunk of r) console.log('chunk', String(chunk));
  } catch (e) {
    console.log('caught', e.message);
  }
})();
