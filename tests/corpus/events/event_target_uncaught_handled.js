// Errors from listeners (sync, async, and handleEvent objects) reach 'uncaughtException'.
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err instanceof Error ? err.message : err, origin));
const t = new EventTarget();
t.addEventListener('x', () => { throw new Error('sync'); });
t.addEventListener('x', async () => { throw new Error('async'); });
t.addEventListener('x', { handleEvent() { throw new Error('handleEvent'); } });
t.addEventListener('x', () => { throw 'a string'; });
t.dispatchEvent(new Event('x'));
console.log('after dispatch');
