// Bad options reject (they do not throw) with Node's messages.
const tp = require('timers/promises');
const show = (p) => p.then((v) => console.log('resolved', v), (e) => console.log(e.code, e.message));
show(tp.setTimeout(1, 'x', 5));
show(tp.setTimeout(1, 'x', null));
show(tp.setTimeout(1, 'x', { ref: 1 }));
show(tp.setTimeout(1, 'x', { signal: {} }));
show(tp.setImmediate('x', 'opts'));
show(tp.setImmediate('x', { ref: 'no' }));
