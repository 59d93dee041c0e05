// The abort listener's rejection arrives one microtask later than a pre-aborted rejection.
const tp = require('timers/promises');
const a = new AbortController();
tp.setTimeout(10, 'x', { signal: a.signal }).catch(() => console.log('aborted while waiting'));
a.abort();
const b = new AbortController();
b.abort();
tp.setTimeout(10, 'x', { signal: b.signal }).catch(() => console.log('aborted before'));
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2'));
