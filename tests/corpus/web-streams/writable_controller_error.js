// controller.error() from start; writes and close reject; releaseLock and getWriter again.
let ctrl;
const ws = new WritableStream({ start(c) { ctrl = c; } });
const writer = ws.getWriter();
ctrl.error(new RangeError('nope'));
writer.write('x').catch((e) => console.log('write:', e.name, e.message));
writer.closed.catch((e) => console.log('closed:', e.message));
writer.releaseLock();
writer.closed.catch((e) => console.log('closed after release:', e.code, e.message));
const w2 = ws.getWriter();
console.log(w2.desiredSize, ws.locked);
w2.ready.catch((e) => console.log('w2 ready:', e.message));
w2.closed.catch((e) => console.log('w2 closed:', e.message));
try { new WritableStream({ type: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { ws.getWriter(); } catch (e) { console.log(e.name, e.code, e.message); }
ws.close().catch((e) => console.log('close:', e.code, e.message));
ws.abort().catch((e) => console.log('abort:', e.code, e.message));
