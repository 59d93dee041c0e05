// for await over a Readable.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
let i = 0;
const timer = setInterval(() => {
  i++;
  r.push(`tick ${i}`);
  if (i === 3) {
    r.push(null);
    clearInterval(timer);
  }
}, 1);
(async () => {
  for await (const chunk of r) console.log('chunk', String(chunk));
  console.log('loop done', r.destroyed);
})();
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
