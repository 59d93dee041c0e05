const tp = require('timers/promises');
const ac = new AbortController();
tp.setTimeout(50, 'x', { signal: ac.signal }).then(console.log, (e) => console.log(e.name, e.code, e.message));
tp.setImmediate('y', { signal: ac.signal }).then(console.log, (e) => console.log('imm', e.name));
ac.abort();
console.log('aborted', ac.signal.aborted);
const ac2 = new AbortController();
ac2.abort(new Error('custom reason'));
tp.setTimeout(1, 'z', { signal: ac2.signal }).catch((e) => console.log('pre-aborted', e.name, e.cause?.message));
