// addAbortSignal on Node streams and web streams, before and after aborting.
const { addAbortSignal, Readable } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('readable error', e.name, e.message));
r.on('close', () => console.log('readable close'));
const rs = new ReadableStream({ cancel(reason) { console.log('web cancel', reason.name); } });
addAbortSignal(ac.signal, rs);
const ws = new WritableStream({ abort(reason) { console.log('web abort', reason.name); } });
addAbortSignal(ac.signal, ws);
ac.abort();
console.log('aborted sync');
try { addAbortSignal('nope', r); } catch (e) { console.log(e.code, e.message); }
try { addAbortSignal(ac.signal, {}); } catch (e) { console.log(e.code, e.message); }
const early = addAbortSignal(AbortSignal.abort(), new Readable({ read() {} }));
early.on('error', (e) => console.log('early error', e.name));
