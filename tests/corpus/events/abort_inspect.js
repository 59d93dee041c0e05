// util.inspect of controllers and signals, nested and at limited depth.
const util = require('util');
const ac = new AbortController();
console.log(util.inspect(ac, { depth: 0 }));
console.log(util.inspect(ac, { depth: 1 }));
console.log([ac.signal], { nested: { deeper: { signal: ac.signal } } });
console.log(util.inspect(ac.signal, { depth: -1 }));
console.log(Object.keys(AbortSignal.prototype), Object.keys(AbortController.prototype));
console.log(typeof AbortController, typeof AbortSignal, Object.keys(globalThis).includes('AbortController'));
const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted');
try { desc.get.call({}); } catch (e) { console.log(e.code, e.message); }
