// Counting microtask ticks needed by different awaits: plain value, native promise, thenable, async call.
let tick = 0;
(function count() { if (tick < 10) { tick++; Promise.resolve().then(count); } })();
const report = (label) => (v) => console.log(label, 'after tick', tick);
(async () => { await 1; report('await value')(); })();
(async () => { await Promise.resolve(); report('await promise')(); })();
(async () => { await { then(r) { r(); } }; report('await thenable')(); })();
(async () => { await (async () => Promise.resolve())(); report('await async-returning-promise')(); })();
