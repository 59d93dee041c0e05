const { setTimeout: sleep } = require('timers/promises');
const { PassThrough } = require('stream');
const p = new PassThrough({ objectMode: true });
p.on('data', (d) => console.log('data', d));
(async () => {
  for (const v of [1, 2, 3]) { await sleep(1); p.write(v); console.log('wrote', v); }
  p.end();
})();
p.on('end', () => console.log('end'));
