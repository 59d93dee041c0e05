// Awaiting an immediate, then racing a timer against another immediate.
await new Promise((r) => setImmediate(r));
console.log('after immediate');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
