// Awaiting timers in a loop at top level.
for (const ms of [10, 5, 1]) {
  await new Promise((r) => setTimeout(r, ms));
  console.log('waited', ms);
}
queueMicrotask(() => console.log('microtask'));
console.log('end of module');
