// A write loop honouring backpressure with a nextTick write callback.
const { Writable } = require('stream');
let i = 0;
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { process.nextTick(cb); } });
function writeMore() {
  let ok = true;
  while (i < 6 && ok) { ok = w.write(String(i++)); console.log('wrote', i - 1, ok); }
  if (i < 6) w.once('drain', () => { console.log('drain'); writeMore(); });
  else w.end(() => console.log('ended'));
}
writeMore();
